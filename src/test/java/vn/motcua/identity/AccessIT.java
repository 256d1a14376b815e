package vn.motcua.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.support.DatabaseTest;

/** Every page checks the role, and staff see only their own office. */
@DatabaseTest
class AccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void the_home_page_shows_the_sections_of_the_users_roles_only() throws Exception {
        mvc.perform(get("/").with(as("lanhdao.04")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"home-LEADER\"")))
                .andExpect(content().string(not(containsString("data-testid=\"home-RECEPTION\""))))
                .andExpect(content().string(containsString("Huyện Ba Vì")));
    }

    @Test
    void the_navigation_follows_the_role() throws Exception {
        mvc.perform(get("/").with(as("tiepnhan")))
                .andExpect(content().string(not(containsString("href=\"/quan-tri/don-vi\""))))
                .andExpect(content().string(not(containsString("href=\"/can-bo\""))));
        mvc.perform(get("/").with(as("quantri")))
                .andExpect(content().string(containsString("href=\"/quan-tri/don-vi\"")))
                .andExpect(content().string(containsString("href=\"/can-bo\"")));
    }

    @Test
    void leaders_see_the_staff_of_their_own_office_only() throws Exception {
        mvc.perform(get("/can-bo").with(as("lanhdao.02")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tiepnhan.02")))
                .andExpect(content().string(not(containsString(">tiepnhan<"))))
                .andExpect(content().string(not(containsString("tiepnhan.03"))));
    }

    @Test
    void reception_officers_cannot_open_the_staff_directory() throws Exception {
        mvc.perform(get("/can-bo").with(as("tiepnhan.02")))
                .andExpect(status().isForbidden());
    }

    @Test
    void administrators_see_their_own_office_tree_only() throws Exception {
        mvc.perform(get("/quan-tri/don-vi").with(as("quantri.02")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("H99.02")))
                .andExpect(content().string(not(containsString("H99.01"))));
        mvc.perform(get("/quan-tri/don-vi").with(as("lanhdao.02")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pages_carry_security_headers() throws Exception {
        mvc.perform(get("/dang-nhap"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void health_is_public_and_the_other_endpoints_are_for_administrators() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("tiepnhan", SignInIT.DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("quantri", SignInIT.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/info").with(httpBasic("quantri", SignInIT.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("motcua")));
    }

    @Test
    void an_unknown_page_answers_404_in_vietnamese_without_internals() throws Exception {
        mvc.perform(get("/khong-ton-tai").with(as("tiepnhan")).accept("text/html"))
                .andExpect(status().isNotFound());
    }
}
