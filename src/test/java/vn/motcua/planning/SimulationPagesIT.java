package vn.motcua.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.demo.history.DemoHistoryFixture;
import vn.motcua.demo.history.HistoryLoader;
import vn.motcua.support.DatabaseTest;

/**
 * The simulator's pages: a leader asks a run of Hồng Hà's 2021, it is made in the background with its progress, and its
 * page shows the figures side by side with what happened and the test of honesty passed; bad input is refused beside
 * its field; the desk's officers and leaders of other offices are kept out.
 */
@DatabaseTest
class SimulationPagesIT {

    static final String LEADER = "lanhdao.02";

    @Autowired
    MockMvc mvc;
    @Autowired
    HistoryLoader loader;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadOnce() {
        DemoHistoryFixture.hongHa2021(loader);
    }

    static MockHttpServletRequestBuilder ask(Map<String, String> fields) {
        var request = post("/thong-ke/mo-phong").with(csrf()).with(httpBasic(LEADER, "MotCua@2026"));
        Map<String, String> all = new java.util.HashMap<>(Map.of("donVi", "H99.02", "tu", "2021-01-01", "den", "2021-12-31",
                "thayDoi", "COUNTERS", "quay", "-1", "soLan", "3", "hatGiong", "7"));
        all.putAll(fields);
        all.forEach((k, v) -> request.param(k, v));
        return request;
    }

    String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "MotCua@2026"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_leader_asks_a_run_watches_it_and_reads_it_beside_what_happened() throws Exception {
        assertThat(page("/thong-ke/mo-phong", LEADER)).contains("data-testid=\"simulation-form\"", "Thêm hoặc bớt quầy tiếp nhận");
        String location = mvc.perform(ask(Map.of())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/thong-ke/mo-phong/");
        String id = location.substring(location.lastIndexOf('/') + 1);

        String progress = page(location + "/tien-do", LEADER);
        assertThat(progress).contains("data-testid=\"simulation-run\"");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> page(location + "/tien-do", LEADER).contains("data-status=\"DONE\""));

        String done = page(location, LEADER);
        assertThat(done).contains("Kiểm tra trung thực: ĐẠT", "data-testid=\"simulation-table\"", "Tỷ lệ đúng hạn",
                "Thời gian chờ tại quầy (trung vị)", "Các giờ đông nhất", "giữ nhiều nhất");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'simulation.asked' and subject = ?")
                .param("simulation:" + id).query(Long.class).single()).isEqualTo(1);

        assertThat(page("/thong-ke/mo-phong", LEADER)).as("listed among the latest").contains(id);

        String ninth = mvc.perform(ask(Map.of("thayDoi", "ADD_MODEL", "loaiMoHinh", "EXTENDED_SESSION", "batDau", "17:00",
                "ketThuc", "18:00", "thu", "THURSDAY", "soLan", "2"))).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> page(ninth + "/tien-do", LEADER).contains("data-status=\"DONE\""));
        assertThat(page(ninth, LEADER)).as("the share left empty: learnt from the offices that ran the 9th hour, or 10 %")
                .contains("data-testid=\"simulation-share\"", "tỷ lệ thực tế ở các đơn vị đã áp dụng mô hình cùng loại");
        mvc.perform(get(location).with(httpBasic("lanhdao.03", "MotCua@2026"))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(httpBasic("tiepnhan.02", "MotCua@2026"))).andExpect(status().isForbidden());
        mvc.perform(get("/thong-ke/mo-phong").with(httpBasic("tiepnhan.02", "MotCua@2026"))).andExpect(status().isForbidden());
        mvc.perform(get("/thong-ke/mo-phong/not-a-run").with(httpBasic(LEADER, "MotCua@2026"))).andExpect(status().isNotFound());
        mvc.perform(get("/thong-ke/mo-phong/00000000-0000-0000-0000-000000000000").with(httpBasic(LEADER, "MotCua@2026")))
                .andExpect(status().isNotFound());
    }

    @Test
    void bad_input_is_refused_beside_its_field_and_nothing_is_asked() throws Exception {
        long before = jdbc.sql("select count(*) from planning_simulation").query(Long.class).single();
        Map<Map<String, String>, String> cases = Map.of(
                Map.of("tu", "hôm qua"), "Nhập ngày bắt đầu hợp lệ.",
                Map.of("den", "2026-12-05"), "trước hôm nay",
                Map.of("tu", "2020-01-01", "den", "2021-12-31"), "không quá 366 ngày",
                Map.of("thayDoi", "EVERYTHING"), "Chọn một thay đổi.",
                Map.of("quay", "0"), "khác 0",
                Map.of("soLan", "99"), "Số lần chạy từ 1 đến 30.",
                Map.of("thayDoi", "HOURS", "moSom", "30", "tyLe", "90", "thu", "THURSDAY"), "Tỷ lệ từ 0 đến 50%.",
                Map.of("thayDoi", "HOURS", "moSom", "30", "thu", "FUNDAY"), "Chọn ít nhất một thứ trong tuần.",
                Map.of("thayDoi", "ADD_MODEL", "loaiMoHinh", "EXTENDED_SESSION", "batDau", "18:00", "ketThuc", "17:00", "thu", "THURSDAY"),
                "Nhập giờ bắt đầu trước giờ kết thúc.",
                Map.of("thayDoi", "REMOVE_MODEL", "moHinh", "999999"), "Chọn một mô hình của đơn vị để bỏ.");
        for (var c : cases.entrySet()) {
            String html = mvc.perform(ask(c.getKey())).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(c.getKey().toString()).contains(c.getValue()).contains("data-testid=\"simulation-form\"");
        }
        mvc.perform(ask(Map.of("donVi", "H99.03"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from planning_simulation").query(Long.class).single()).isEqualTo(before);
    }
}
