package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.StaffAccountFixture.aStaffAccount;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.support.DatabaseTest;

@DatabaseTest
class SignInIT {

    static final String DEMO_PASSWORD = "MotCua@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_login_page_speaks_vietnamese_by_default() throws Exception {
        mvc.perform(get("/dang-nhap"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập hệ thống")));
    }

    @Test
    void english_is_one_switch_away_and_is_remembered() throws Exception {
        mvc.perform(get("/dang-nhap").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")))
                .andExpect(cookie().value("motcua-lang", "en"));
        mvc.perform(get("/dang-nhap").cookie(new Cookie("motcua-lang", "en")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("User name")));
    }

    @Test
    void a_language_the_product_does_not_speak_is_ignored() throws Exception {
        mvc.perform(get("/dang-nhap").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("motcua-lang"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập hệ thống")));
    }

    @Test
    void pages_need_a_signed_in_user() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/dang-nhap"));
    }

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({"tiepnhan, RECEPTION", "chuyenvien, SPECIALIST", "lanhdao, LEADER", "quantri, ADMIN",
            "tiepnhan.02, RECEPTION", "lanhdao.02, LEADER", "quantri.06, ADMIN", "chuyenvien.05, SPECIALIST"})
    void every_demo_account_signs_in_with_its_role(String username, String role) throws Exception {
        mvc.perform(formLogin("/dang-nhap").user(username).password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username).withRoles(role));
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        mvc.perform(formLogin("/dang-nhap").user("tiepnhan").password("sai-mat-khau"))
                .andExpect(redirectedUrl("/dang-nhap?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/dang-nhap").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void signing_in_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/dang-nhap").param("username", "tiepnhan").param("password", DEMO_PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        StaffAccount account = aStaffAccount().build();
        accounts.registerIfAbsent(account, accounts.hash("Dung@mat-khau1"), "test");
        String username = account.username().value();

        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/dang-nhap").user(username).password("sai-" + attempt))
                    .andExpect(redirectedUrl("/dang-nhap?error"));
        }
        mvc.perform(formLogin("/dang-nhap").user(username).password("Dung@mat-khau1"))
                .andExpect(redirectedUrl("/dang-nhap?locked"))
                .andExpect(unauthenticated());
        mvc.perform(get("/dang-nhap").param("locked", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("tạm thời bị khóa")));
        assertThat(audit.about(username, 10)).extracting(e -> e.action()).contains("identity.account.locked");
    }

    @Test
    void a_right_password_clears_earlier_failures() throws Exception {
        StaffAccount account = aStaffAccount().build();
        accounts.registerIfAbsent(account, accounts.hash("Dung@mat-khau1"), "test");
        String username = account.username().value();
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/dang-nhap").user(username).password("sai"));
        }
        mvc.perform(formLogin("/dang-nhap").user(username).password("Dung@mat-khau1")).andExpect(authenticated());
        mvc.perform(formLogin("/dang-nhap").user(username).password("sai")).andExpect(redirectedUrl("/dang-nhap?error"));
        mvc.perform(formLogin("/dang-nhap").user(username).password("Dung@mat-khau1")).andExpect(authenticated());
    }

    @Test
    void a_disabled_account_cannot_sign_in() throws Exception {
        StaffAccount account = aStaffAccount().disabled().build();
        accounts.registerIfAbsent(account, accounts.hash("Dung@mat-khau1"), "test");
        mvc.perform(formLogin("/dang-nhap").user(account.username().value()).password("Dung@mat-khau1"))
                .andExpect(redirectedUrl("/dang-nhap?disabled"))
                .andExpect(unauthenticated());
    }

    @Test
    void passwords_are_stored_hashed_and_sign_ins_are_audited() throws Exception {
        String hash = jdbc.sql("select password_hash from staff_account where username = 'lanhdao.03'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(DEMO_PASSWORD);

        mvc.perform(formLogin("/dang-nhap").user("lanhdao.03").password(DEMO_PASSWORD)).andExpect(authenticated());
        assertThat(audit.about("lanhdao.03", 5)).extracting(e -> e.action()).contains("identity.signed-in");
    }

    @Test
    void signing_out_needs_a_post_with_the_csrf_token() throws Exception {
        mvc.perform(post("/dang-xuat").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/dang-nhap?loggedOut"));
    }
}
