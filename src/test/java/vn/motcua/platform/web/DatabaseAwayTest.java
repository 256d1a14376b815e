package vn.motcua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** While the database is away, requests are answered 503 with Retry-After, a problem for the API, a page otherwise. */
class DatabaseAwayTest {

    private static MockHttpServletResponse send(String path, Exception failure) throws Exception {
        var filter = new DatabaseAway().databaseAwayFilter().getFilter();
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse answer)
                    throws java.io.IOException, ServletException {
                if (failure instanceof ServletException s) {
                    throw s;
                }
                throw (RuntimeException) failure;
            }
        });
        return response;
    }

    @Test
    void the_api_answers_a_503_problem_when_no_connection_can_be_had() throws Exception {
        var response = send("/api/v1/dossiers", new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("motcua - Connection is not available, request timed out after 30000ms")));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").doesNotContain("Exception");
    }

    @Test
    void a_page_says_so_in_vietnamese_when_a_controller_failed_on_a_lost_connection() throws Exception {
        var lost = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        var response = send("/ho-so", new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", lost)));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("Hệ thống tạm gián đoạn").doesNotContain("Exception");
    }

    @Test
    void other_failures_are_left_to_the_error_handling() {
        assertThatThrownBy(() -> send("/ho-so", new DataIntegrityViolationException("duplicate key")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(DatabaseAway.isDatabaseAway(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseAway.isDatabaseAway(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        // a sign-in whose account could not be read: not a wrong password (the security chain answers 503 for it)
        assertThat(DatabaseAway.isDatabaseAway(new org.springframework.security.authentication.InternalAuthenticationServiceException(
                "Failed to obtain JDBC Connection", new CannotGetJdbcConnectionException("no connection")))).isTrue();
    }
}
