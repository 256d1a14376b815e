package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * Nothing typed or attached at the counter is lost: a scan attached to a form sent back for an error is held under the
 * form's submission key, listed beside the paper it digitises, and attached when the form is accepted; a date typed as
 * officers type it is kept in ISO form.
 */
@DatabaseTest
class ReceptionFormIT {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private MockMultipartHttpServletRequestBuilder form(String key, UserDetails officer) {
        return form(key, officer, "1.001193");
    }

    private MockMultipartHttpServletRequestBuilder form(String key, UserDetails officer, String procedure) {
        var request = multipart("/tiep-nhan");
        request.param("procedureCode", procedure).param("submissionKey", key).param("kind", "INDIVIDUAL")
                .param("name", "Tô Thị Hạnh").param("channel", "COUNTER").param("outcome", "accept");
        request.with(user(officer)).with(csrf());
        return request;
    }

    @Test
    void a_scan_attached_to_a_refused_form_is_held_listed_by_its_paper_and_attached_on_acceptance() throws Exception {
        String key = UUID.randomUUID().toString();
        UserDetails desk = users.loadUserByUsername("tiepnhan");
        var first = form(key, desk);
        first.file(new MockMultipartFile("scan-1", "giay-chung-sinh.pdf", "application/pdf", PDF));
        first.file(new MockMultipartFile("scans", "khong-phai-ban-quet.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(first).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("giay-chung-sinh.pdf")))
                .andExpect(content().string(Matchers.containsString("khong-phai-ban-quet.txt")))
                .andExpect(content().string(Matchers.containsString("Chưa có bản quét")))
                .andExpect(content().string(Matchers.containsString("href=\"#idNumber\"")));

        UserDetails other = users.loadUserByUsername("tiepnhan.02");
        var stranger = form(key, other, "1.004873");
        mvc.perform(stranger).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("giay-chung-sinh.pdf"))));

        var second = form(key, desk);
        second.param("idNumber", "001195004329").param("ticked", "0", "1", "2", "3");
        String location = mvc.perform(second).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.replaceAll(".*/ho-so/([^?]+).*", "$1");
        mvc.perform(get("/ho-so/" + code).with(user(desk)))
                .andExpect(content().string(Matchers.containsString("giay-chung-sinh.pdf")))
                .andExpect(content().string(Matchers.containsString("bản quét của: Giấy chứng sinh")))
                // officers by their full names, not their logins: who received it, in the history
                .andExpect(content().string(Matchers.containsString("· Nguyễn Thị Lan · Tiếp nhận hồ sơ")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("· tiepnhan"))));
        assertThat(jdbc.sql("select count(*) from held_scan where submission_key = ?").param("screen-" + key)
                .query(Long.class).single()).as("released once attached").isZero();
    }

    @Test
    void a_held_scan_can_be_dropped_before_acceptance() throws Exception {
        String key = UUID.randomUUID().toString();
        UserDetails desk = users.loadUserByUsername("tiepnhan");
        var first = form(key, desk);
        first.file(new MockMultipartFile("scans", "nham.pdf", "application/pdf", PDF));
        mvc.perform(first).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("nham.pdf")));
        String id = jdbc.sql("select cast(id as text) from held_scan where submission_key = ?").param("screen-" + key)
                .query(String.class).single();
        var second = form(key, desk);
        second.param("dropScan", id, "not-a-uuid");
        mvc.perform(second).andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("nham.pdf"))));
    }

    @Test
    void a_date_typed_day_first_is_kept_in_iso_form() throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").procedure("1.001193").applicant("Đỗ Văn Bảy", "001195004330")
                .documents("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh").assisted(true)
                .declaration(Map.of("childFullName", "Đỗ Minh Châu", "childSex", "Nữ", "childBirthDate", "05062026")).code(mvc);
        assertThat(jdbc.sql("select data -> 'intake' -> 'declaration' ->> 'childBirthDate' from dossier where code = ?")
                .param(code).query(String.class).single()).isEqualTo("2026-06-05");
        Acceptance.at("H99.01", "tiepnhan").procedure("1.001193").applicant("Đỗ Văn Bảy", "001195004330").assisted(true)
                .declaration(Map.of("childBirthDate", "06/05/26")).perform(mvc).andExpect(status().isUnprocessableContent());
    }
}
