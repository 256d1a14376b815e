package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Desks;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.organization.domain.OneStopDesk;
import vn.motcua.support.DatabaseTest;

/**
 * Administrators open accounts and set roles, fields and counters for the staff of their office and the
 * offices below it, and of no other. Uses office H99.05 and its desk.
 */
@DatabaseTest
class StaffAdminIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Desks desks;

    @Autowired
    PasswordEncoder passwords;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void an_account_is_opened_with_a_hashed_password_and_bad_input_is_explained_next_to_each_field() throws Exception {
        mvc.perform(post("/quan-tri/can-bo").with(csrf()).with(as("quantri.05")).param("username", "A B")
                        .param("fullName", "").param("password", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập gồm 3–50 chữ thường")))
                .andExpect(content().string(containsString("Nhập họ và tên.")))
                .andExpect(content().string(containsString("Chọn ít nhất một vai trò.")))
                .andExpect(content().string(containsString("Mật khẩu ban đầu dài từ 10 đến 72 ký tự.")));
        mvc.perform(post("/quan-tri/can-bo").with(csrf()).with(as("quantri.05")).param("username", "tiepnhan.05")
                        .param("fullName", "Trùng tên").param("password", "MatKhau@2026x").param("roles", "RECEPTION"))
                .andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng.")));

        String username = "moi" + vn.motcua.support.RunUnique.suffix() + ".05";
        mvc.perform(post("/quan-tri/can-bo").with(csrf()).with(as("quantri.05")).param("username", username)
                        .param("fullName", "Phạm Thị Mới").param("password", "MatKhau@2026x").param("roles", "RECEPTION"))
                .andExpect(redirectedUrl("/quan-tri/can-bo?office=H99.05"));
        var principal = (StaffPrincipal) users.loadUserByUsername(username);
        assertThat(principal.getPassword()).doesNotContain("MatKhau");
        assertThat(passwords.matches("MatKhau@2026x", principal.getPassword())).isTrue();
    }

    @Test
    void fields_and_a_counter_of_the_office_are_set_and_a_counter_elsewhere_is_refused() throws Exception {
        var desk = desks.addDesk(new OneStopDesk(null, AgencyCode.of("H99.05"), "Bộ phận Một cửa xã An Tân " + vn.motcua.support.RunUnique.suffix(), null, null, null, null), "test");
        var counter = desks.addCounter(AgencyCode.of("H99.05"), new Counter(null, desk.id(), 2, "Hộ tịch",
                java.util.List.of("Hộ tịch"), true), "test");
        var elsewhere = desks.addDesk(new OneStopDesk(null, AgencyCode.of("H99.04"), "Bộ phận Một cửa huyện " + vn.motcua.support.RunUnique.suffix(), null, null, null, null), "test");
        var foreign = desks.addCounter(AgencyCode.of("H99.04"), new Counter(null, elsewhere.id(), 9, null, java.util.List.of(), true), "test");

        mvc.perform(post("/quan-tri/can-bo/tiepnhan.05").with(csrf()).with(as("quantri.05"))
                        .param("fullName", "Hoàng Thị Ngọc").param("roles", "RECEPTION").param("fields", "Hộ tịch", "Chứng thực")
                        .param("counterId", String.valueOf(counter.id())).param("enabled", "true"))
                .andExpect(redirectedUrl("/quan-tri/can-bo/tiepnhan.05"));
        var account = accounts.find(new Username("tiepnhan.05")).orElseThrow();
        assertThat(account.fields()).containsExactlyInAnyOrder("Hộ tịch", "Chứng thực");
        assertThat(account.counterId()).isEqualTo(counter.id());

        mvc.perform(post("/quan-tri/can-bo/tiepnhan.05").with(csrf()).with(as("quantri.05"))
                        .param("fullName", "Hoàng Thị Ngọc").param("roles", "RECEPTION")
                        .param("counterId", String.valueOf(foreign.id())).param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quầy này không thuộc đơn vị của cán bộ.")));
        assertThat(accounts.find(new Username("tiepnhan.05")).orElseThrow().counterId()).isEqualTo(counter.id());
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() throws Exception {
        mvc.perform(post("/quan-tri/can-bo/quantri.05").with(csrf()).with(as("quantri.05"))
                        .param("fullName", "Mạc Thị Yến").param("roles", "LEADER").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể tự bỏ quyền quản trị")));
    }

    @Test
    void an_office_administrator_sees_no_other_office_staff_but_the_group_administrator_sees_all() throws Exception {
        mvc.perform(get("/quan-tri/can-bo/tiepnhan.03").with(as("quantri.05"))).andExpect(status().isNotFound());
        mvc.perform(get("/quan-tri/can-bo").param("office", "H99.03").with(as("quantri.05"))).andExpect(status().isNotFound());
        mvc.perform(get("/quan-tri/don-vi/H99.03").with(as("quantri.05"))).andExpect(status().isNotFound());
        mvc.perform(get("/quan-tri/can-bo").param("office", "H99.03").param("q", "tiep nhan").with(as("quantri.nhom")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tiepnhan.03")));
        mvc.perform(get("/quan-tri/can-bo").with(as("tiepnhan.05"))).andExpect(status().isForbidden());
    }
}
