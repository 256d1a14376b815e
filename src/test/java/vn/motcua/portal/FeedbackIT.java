package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.support.DatabaseTest;

/** Feedback from the public: sent with optional contact, followed by its code, answered by the office's staff. H99.02. */
@DatabaseTest
class FeedbackIT {

    /** Addresses no earlier run used: rates are counted in the database, which CI reuses for a second run. */
    static final String NETWORK = "10.8." + vn.motcua.support.RunUnique.octet() + ".";

    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    Feedbacks feedbacks;
    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void a_citizen_sends_feedback_follows_it_by_code_and_the_office_answers_within_its_deadline() throws Exception {
        String location = mvc.perform(post("/phan-anh").with(csrf()).with(from(NETWORK + "1")).param("office", "H99.02")
                        .param("kind", "FEEDBACK").param("subject", "Chờ lâu ở quầy đất đai")
                        .param("content", "Sáng 23/11 tôi chờ hơn 1 giờ.").param("contactPhone", "0912 345 678"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = location.substring("/phan-anh/".length(), location.indexOf('?'));
        assertThat(code).matches("PA-[A-Z0-9]{8}");
        mvc.perform(get("/phan-anh/" + code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đang xử lý")))
                .andExpect(content().string(not(containsString("0912 345 678"))));
        long id = jdbc.sql("select id from feedback where code = ?").param(code).query(Long.class).single();
        mvc.perform(get("/phan-anh-kien-nghi/" + id).with(as("lanhdao.02")))
                .andExpect(content().string(containsString("0912 345 678")));
        mvc.perform(get("/phan-anh-kien-nghi/" + id).with(as("lanhdao.03"))).andExpect(status().isNotFound());
        mvc.perform(post("/phan-anh-kien-nghi/" + id).with(csrf()).with(as("tiepnhan.02")).param("version", "0")
                .param("answer", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/phan-anh-kien-nghi/" + id).with(csrf()).with(as("lanhdao.02")).param("version", "0").param("answer", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhập nội dung trả lời.")));
        mvc.perform(post("/phan-anh-kien-nghi/" + id).with(csrf()).with(as("lanhdao.02")).param("version", "0")
                        .param("answer", "Đơn vị đã bố trí thêm cán bộ vào sáng thứ Hai."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/phan-anh-kien-nghi/" + id).with(csrf()).with(as("lanhdao.02")).param("version", "0")
                        .param("answer", "Lần hai"))
                .andExpect(content().string(containsString("Phản ánh này đã được trả lời.")));
        mvc.perform(get("/phan-anh/" + code)).andExpect(content().string(containsString("Đơn vị đã bố trí thêm cán bộ")));
        var handling = feedbacks.handling(AgencyCode.of("H99.02"), LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusDays(1));
        assertThat(handling.onTime()).isGreaterThanOrEqualTo(1);
        assertThat(handling.onTimeRate()).isPresent();
    }

    @Test
    void bad_input_is_explained_next_to_the_fields_and_a_flood_is_refused_politely() throws Exception {
        mvc.perform(post("/phan-anh").with(csrf()).with(from(NETWORK + "2")).param("office", "H99.77").param("subject", " ")
                        .param("content", "x").param("contactEmail", "khong-phai-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn cơ quan nhận phản ánh.")))
                .andExpect(content().string(containsString("Thư điện tử dạng ten@vi-du.vn.")));
        mvc.perform(post("/phan-anh").with(csrf()).with(from(NETWORK + "2")).param("office", "H99.02").param("subject", " ")
                        .param("content", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhập tiêu đề.")));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/phan-anh").with(csrf()).with(from(NETWORK + "3")).param("office", "H99.02")
                    .param("subject", "Lần " + i).param("content", "Nội dung")).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/phan-anh").with(csrf()).with(from(NETWORK + "3")).param("office", "H99.02")
                        .param("subject", "Lần 6").param("content", "Nội dung"))
                .andExpect(status().isTooManyRequests()).andExpect(content().string(containsString("Vui lòng thử lại sau")));
        mvc.perform(get("/phan-anh/PA-NOTFOUND")).andExpect(status().isNotFound());
        mvc.perform(get("/phan-anh/../../etc")).andExpect(status().isBadRequest());
    }
}
