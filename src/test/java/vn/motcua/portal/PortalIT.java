package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.survey.SurveyTokens;
import vn.motcua.survey.domain.SurveyToken;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * The citizen's side: the lookup masks personal data and shows the details only after the second factor, which
 * cannot be guessed; survey tokens cannot be forged or used after they expire; stuffing counts once and is
 * refused politely. Uses office H99.01 and addresses of its own (10.7.0.x).
 */
@DatabaseTest
class PortalIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SurveyTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Value("${motcua.survey.secret}")
    String secret;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String accept() throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").applicant("Đặng Thị Hường", "001195004321")
                .address("Số 5 phố Hàng Bông").phone("0987654329").code(mvc);
        mvc.perform(post("/api/v1/dossiers/" + code + "/transfer").with(httpBasic("tiepnhan", "MotCua@2026")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/dossiers/" + code + "/supplement-request").with(httpBasic("chuyenvien", "MotCua@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"items\": [\"Bản sao giấy khai sinh\", \"Ảnh 4x6\"]}"))
                .andExpect(status().isOk());
        return code;
    }

    @Test
    void without_the_second_factor_only_status_procedure_office_and_dates_show_and_never_personal_data() throws Exception {
        String code = accept();
        var result = mvc.perform(get("/tra-cuu/" + code).with(from("10.7.0.1"))).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).as("the page the QR opens needs no session").isNull();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        mvc.perform(get("/tra-cuu/" + code + "/xac-thuc").with(from("10.7.0.1")))
                .andExpect(content().string(containsString("4 số cuối điện thoại")));
        assertThat(page).contains("Đặng T** H**", "Chờ bổ sung", "Cấp Giấy xác nhận tình trạng hôn nhân")
                .doesNotContain("Đặng Thị Hường", "0987654329", "001195004321", "Hàng Bông", "Ảnh 4x6", "data-testid=\"lookup-steps\"");
        String details = mvc.perform(post("/tra-cuu/" + code).with(csrf()).with(from("10.7.0.1")).param("so", "4321"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(details).contains("data-testid=\"lookup-steps\"", "Ảnh 4x6", "Bản sao giấy khai sinh")
                .doesNotContain("Đặng Thị Hường", "0987654329", "001195004321", "Hàng Bông", "Cán bộ xử lý");
        mvc.perform(post("/tra-cuu/" + code).with(csrf()).with(from("10.7.0.1")).param("so", "4329"))
                .andExpect(content().string(containsString("data-testid=\"lookup-steps\"")));
        mvc.perform(get("/api/v1/public/dossiers/" + code).with(from("10.7.0.1")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.applicant").value("Đặng T** H**"))
                .andExpect(jsonPath("$.details").doesNotExist())
                .andExpect(content().string(not(containsString("0987654329"))));
        mvc.perform(get("/api/v1/public/dossiers/" + code).with(from("10.7.0.1")).header("X-Verification-Digits", "4321"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.details.supplements[0].items[1]").value("Ảnh 4x6"));
        mvc.perform(get("/tra-cuu/H99.01-991231-9999").with(from("10.7.0.1"))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy hồ sơ")));
        mvc.perform(get("/tra-cuu/<script>").with(from("10.7.0.1"))).andExpect(status().isNotFound());
    }

    @Test
    void the_four_digits_cannot_be_guessed_five_wrong_answers_lock_the_details_for_an_hour() throws Exception {
        String code = accept();
        for (String guess : new String[] {"0000", "1111", "2222", "3333", "5555"}) {
            mvc.perform(post("/tra-cuu/" + code).with(csrf()).with(from("10.7.0.2")).param("so", guess))
                    .andExpect(content().string(containsString("4 chữ số chưa đúng")));
        }
        mvc.perform(post("/tra-cuu/" + code).with(csrf()).with(from("10.7.0.3")).param("so", "4321"))
                .andExpect(content().string(containsString("Đã nhập sai quá nhiều lần")))
                .andExpect(content().string(not(containsString("data-testid=\"lookup-steps\""))));
        mvc.perform(get("/api/v1/public/dossiers/" + code).with(from("10.7.0.3")).header("X-Verification-Digits", "4321"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void a_tampered_or_expired_token_is_refused_and_the_slip_token_opens_the_survey() throws Exception {
        String code = accept();
        String token = tokens.forDossier(code);
        mvc.perform(get("/danh-gia/" + token)).andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        String other = tokens.forDossier("H99.01-991231-9999");
        String forged = token.substring(0, token.indexOf('.')) + other.substring(other.indexOf('.'));
        mvc.perform(get("/danh-gia/" + forged)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Mã QR không hợp lệ hoặc đã hết hạn")));
        String expired = new SurveyToken(SurveyToken.Kind.DOSSIER, code, LocalDate.now(clock).minusDays(2))
                .sign(secret.getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/danh-gia/" + expired).with(csrf()).param("OVERALL", "SATISFIED")).andExpect(status().isBadRequest());
        mvc.perform(get("/danh-gia/not-a-token")).andExpect(status().isBadRequest());
        mvc.perform(get("/tra-cuu/" + code).param("k", forged)).andExpect(content().string(not(containsString("survey-link"))));
        mvc.perform(post("/danh-gia/" + token).with(csrf()).with(from("10.7.0.4")).param("ATTITUDE", "GOOD"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vui lòng chọn mức độ hài lòng chung.")));
        assertThat(evaluations(code)).isZero();
    }

    @Test
    void a_thousand_submissions_for_one_dossier_count_once_and_the_rest_are_thanked_and_refused() throws Exception {
        String code = accept();
        String token = tokens.forDossier(code);
        int refused = 0;
        // addresses no earlier run used: rates are counted in the database, which CI reuses for a second run
        String network = "10.7." + vn.motcua.support.RunUnique.octet() + ".";
        for (int i = 0; i < 1000; i++) {
            int status = mvc.perform(post("/danh-gia/" + token).with(csrf()).with(from(network + "5"))
                            .param("OVERALL", i % 2 == 0 ? "SATISFIED" : "UNSATISFIED").param("ATTITUDE", "GOOD"))
                    .andReturn().getResponse().getStatus();
            refused += status == 429 ? 1 : 0;
        }
        assertThat(evaluations(code)).isEqualTo(1);
        assertThat(refused).isEqualTo(1000 - 20);
        mvc.perform(post("/danh-gia/" + token).with(csrf()).with(from(network + "6")).param("OVERALL", "NEUTRAL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đánh giá đã được cập nhật.")));
        assertThat(jdbc.sql("select overall from evaluation where dossier_code = ?").param(code).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_flood_on_a_counter_poster_counts_once_per_address_and_walk_ins_each_count() throws Exception {
        long counter = jdbc.sql("""
                select c.id from service_counter c join one_stop_desk d on d.id = c.desk_id where d.agency_code = 'H99.01'
                order by c.number limit 1
                """).query(Long.class).single();
        String token = tokens.forCounter(counter);
        long before = jdbc.sql("select count(*) from evaluation where counter_id = ?").param(counter).query(Long.class).single();
        String network = "10.8." + vn.motcua.support.RunUnique.octet() + ".";   // addresses no earlier run used
        for (int i = 0; i < 200; i++) {
            mvc.perform(post("/danh-gia/" + token).with(csrf()).with(from(network + "1")).param("OVERALL", "SATISFIED"));
        }
        for (int walkIn = 2; walkIn <= 6; walkIn++) {
            mvc.perform(post("/danh-gia/" + token).with(csrf()).with(from(network + walkIn)).param("OVERALL", "NEUTRAL"))
                    .andExpect(content().string(containsString("Đánh giá đã được ghi nhận.")));
        }
        long after = jdbc.sql("select count(*) from evaluation where counter_id = ?").param(counter).query(Long.class).single();
        assertThat(after - before).isEqualTo(6);
        assertThat(jdbc.sql("select officer from evaluation where counter_id = ? order by id desc limit 1").param(counter)
                .query(String.class).single()).as("bound to the officer seated at the counter").isEqualTo("tiepnhan");
    }

    @Test
    void the_large_text_choice_is_remembered_and_only_returns_to_this_site() throws Exception {
        mvc.perform(get("/co-chu").param("lon", "true").param("tiep", "/tra-cuu"))
                .andExpect(redirectedUrl("/tra-cuu")).andExpect(cookie().value("motcua-text", "lon"));
        mvc.perform(get("/co-chu").param("lon", "true").param("tiep", "//evil.example/x")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/tra-cuu").cookie(new jakarta.servlet.http.Cookie("motcua-text", "lon")))
                .andExpect(content().string(containsString("class=\"text-large\"")));
    }

    private long evaluations(String code) {
        return jdbc.sql("select count(*) from evaluation where dossier_code = ?").param(code).query(Long.class).single();
    }
}
