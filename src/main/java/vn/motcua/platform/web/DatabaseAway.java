package vn.motcua.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.platform.database.DatabaseFailures;

/**
 * While PostgreSQL is away (restarting, failing over, a network cut), every request that needs it is answered
 * {@code 503 Service Unavailable} with {@code Retry-After}, as an RFC 9457 problem for the API and a short page in
 * Vietnamese and English for browsers — never a stack trace nor a 500. The filter sits before the session filter,
 * which is the first to read the database, and recognises the failure anywhere in the cause chain; the pool makes new
 * connections once the database is back, so the application recovers without a restart.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseAway {

    /** Before Spring Session's filter ({@code Integer.MIN_VALUE + 50}). */
    static final int ORDER = Integer.MIN_VALUE + 10;
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseAway.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseAwayFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | RuntimeException e) {
                    if (!isDatabaseAway(e) || response.isCommitted()) {
                        throw e;
                    }
                    log.warn("Database unavailable, answered 503: {} {}: {}", request.getMethod(), request.getRequestURI(),
                            rootMessage(e));
                    answer(request, response);
                }
            }
        });
        registration.setOrder(ORDER);
        registration.setName("databaseAway");
        return registration;
    }

    /** Whether the failure is the database being unreachable (not a bad statement or a constraint). */
    public static boolean isDatabaseAway(Throwable failure) {
        return DatabaseFailures.isUnreachable(failure);
    }

    /**
     * Answers 503 (a problem for the API, a short page otherwise), for a failure caught elsewhere: a sign-in whose
     * account could not be read is not a wrong password.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,"
                    + "\"detail\":\"The database is unavailable for a moment; try again in a few seconds.\",\"instance\":\""
                    + jsonText(request.getRequestURI()) + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="10"><title>Tạm gián đoạn — MotCua</title></head>
                <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
                <h1>Hệ thống tạm gián đoạn</h1>
                <p>Cơ sở dữ liệu đang khởi động lại. Vui lòng thử lại sau ít giây; trang sẽ tự tải lại.
                Những gì đã lưu trước đó không bị mất.</p>
                <p lang="en">The database is restarting. Please try again in a few seconds; this page reloads itself.
                What was saved before is not lost.</p>
                <p><a href="%s">Tải lại / Reload</a></p></body></html>
                """.formatted(HtmlUtils.htmlEscape(request.getRequestURI())));
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }
}
