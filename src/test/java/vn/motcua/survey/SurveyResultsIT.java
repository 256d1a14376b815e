package vn.motcua.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.reporting.ReportProjector;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * The staff side of the survey at Ba Vì (H99.04): results by procedure with the comments, the same in XLSX, and
 * the Circular 01/2018 scores of the dossiers, the officer and the unit.
 */
@DatabaseTest
class SurveyResultsIT {

    static final String PASSWORD = "MotCua@2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SurveyTokens tokens;
    @Autowired
    ReportProjector projector;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String finishedDossier() throws Exception {
        String code = Acceptance.at("H99.04", "tiepnhan.04").applicant("Đỗ Văn Bình", "001090012345").address("Ba Vì").code(mvc);
        mvc.perform(post("/api/v1/dossiers/" + code + "/transfer").with(httpBasic("tiepnhan.04", PASSWORD))).andExpect(status().isOk());
        while (mvc.perform(post("/api/v1/dossiers/" + code + "/hand-over").with(httpBasic("chuyenvien.04", PASSWORD)))
                .andReturn().getResponse().getStatus() == 200) {
            // every step handed over at once: early
        }
        mvc.perform(post("/api/v1/dossiers/" + code + "/submit").with(httpBasic("chuyenvien.04", PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/dossiers/" + code + "/approve").with(httpBasic("lanhdao.04", PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/dossiers/" + code + "/result-ready").with(httpBasic("tiepnhan.04", PASSWORD))).andExpect(status().isOk());
        return code;
    }

    @Test
    void leaders_read_the_results_the_comments_the_export_and_the_scores() throws Exception {
        String code = finishedDossier();
        mvc.perform(post("/danh-gia/" + tokens.forDossier(code)).with(csrf()).with(request -> {
                    request.setRemoteAddr("10.9.0.1");
                    return request;
                }).param("OVERALL", "SATISFIED").param("AGENCIES", "DESK_ONLY").param("comment", "Nhanh gọn, cán bộ tận tình"))
                .andExpect(content().string(containsString("Đánh giá đã được ghi nhận.")));
        // The scores are a read model: current once every earlier transaction in the test JVM has ended.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        do {
            projector.catchUp();
        } while (!mvc.perform(get("/thong-ke/chi-so").with(as("lanhdao.04"))).andReturn().getResponse()
                .getContentAsString().contains(code) && System.nanoTime() < deadline);

        mvc.perform(get("/danh-gia-ket-qua").param("theo", "PROCEDURE").with(as("lanhdao.04")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.004873")))
                .andExpect(content().string(containsString("Nhanh gọn, cán bộ tận tình")))
                // given at the pinned 10:00 of Wednesday 2 December 2026 in Vietnam, shown in Vietnam time whatever the server's zone
                .andExpect(content().string(containsString("10:00 02/12/2026 · " + code)));
        mvc.perform(get("/danh-gia-ket-qua").param("muc", "0").with(as("lanhdao.04")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nhanh gọn, cán bộ tận tình"))));
        mvc.perform(get("/danh-gia-ket-qua").with(as("tiepnhan.04"))).andExpect(status().isForbidden());
        byte[] xlsx = mvc.perform(get("/danh-gia-ket-qua.xlsx").param("theo", "PROCEDURE").with(as("lanhdao.04")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets.getFirst().read().stream().map(r -> r.getCellText(0)).toList()).contains("Nhóm", "1.004873");
            assertThat(sheets.get(1).read().stream().map(r -> r.getCellText(6)).toList()).contains("Nhanh gọn, cán bộ tận tình");
        }

        String scores = mvc.perform(get("/thong-ke/chi-so").with(as("lanhdao.04"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(scores).as("officers by their full names").contains(code, "Phạm Thị Hoa", "Tổng điểm", "/18", "trung bình chỉ số 1 của",
                "hồ sơ có đánh giá của người dân", "phản ánh, kiến nghị xử lý đúng hạn", "trung bình chỉ số 7 (phản ánh");
        String english = mvc.perform(get("/thong-ke/chi-so").param("lang", "en").with(as("lanhdao.04")))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).as("the basis of each index in English").contains("average of index 1 over", "average of index 7");
        // Finished early, every step early, no supplement, the citizen contacted only the desk, no complaint: 10.
        assertThat(scores.substring(scores.indexOf(code))).containsPattern("(?s)^.*?<td class=\"text-end fw-semibold\">10</td>");
    }
}
