package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;

import vn.motcua.support.Acceptance;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** A leader reads the dashboard of Thụy Khuê, opens the dossiers behind a number, and reads the period report. */
@BrowserTest
class DashboardBrowserTest {

    @Test
    void a_leader_reads_the_dashboard_and_drills_down_to_the_dossiers(Page page) {
        String basic = "Basic " + Base64.getEncoder().encodeToString("tiepnhan.03:MotCua@2026".getBytes(StandardCharsets.UTF_8));
        var created = page.request().post("/api/v1/dossiers", RequestOptions.create().setHeader("Authorization", basic)
                .setHeader("Idempotency-Key", UUID.randomUUID().toString()).setHeader("Content-Type", "application/json")
                .setData(Acceptance.at("H99.03", "tiepnhan.03").applicant("Phan Văn Tám", "001195004324").address("Thụy Khuê")
                        .body()));
        assertThat(created.status()).isEqualTo(201);
        // the projector counts new dossiers every 2 s: count them now, once every earlier transaction has ended
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollDelay(java.time.Duration.ZERO)
                .until(() -> projector.catchUp() >= 0 && counted(created.headers().get("location")));
        Browser.signIn(page, "lanhdao.03");
        page.navigate("/thong-ke");
        assertThat(page.getByTestId("received")).not().hasText("0");
        assertThat(page.getByTestId("on-time-rate")).isVisible();
        assertThat(page.getByTestId("by-FIELD")).containsText("Hộ tịch");
        assertThat(page.getByTestId("scorecard")).containsText("Tiến độ giải quyết");
        assertThat(page.getByTestId("trend-values").locator("tbody tr")).hasCount(3); // the chart's figures, readable
        Browser.screenshot(page, "dashboard-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByTestId("received").locator("a").click();
        assertThat(page.getByTestId("drill-title")).containsText("Tiếp nhận");
        assertThat(page.getByTestId("dossier-rows")).containsText("H99.03-");
        Browser.screenshot(page, "dashboard-drill-down-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/thong-ke/bao-cao?theo=linh-vuc");
        assertThat(page.getByTestId("report-total")).containsText("Tổng cộng");
        Browser.screenshot(page, "period-report-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.demo.history.HistoryLoader loader;
    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.reporting.ReportProjector projector;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Whether the reporting read model holds the dossier at {@code location} (…/api/v1/dossiers/{code}). */
    private boolean counted(String location) {
        String code = location.substring(location.lastIndexOf('/') + 1);
        return jdbc.sql("select exists (select 1 from report_dossier where code = ?)").param(code).query(Boolean.class).single();
    }

    @Test
    void hong_ha_2021_shows_the_seed_rate_and_its_late_land_dossiers(Page page) {
        vn.motcua.demo.history.DemoHistoryFixture.hongHa2021(loader);
        Browser.signIn(page, "lanhdao.02");
        page.navigate("/thong-ke?ky=2021");
        assertThat(page.getByTestId("on-time-rate")).hasText("99,94 %");
        assertThat(page.getByTestId("received")).hasText("12.439");
        assertThat(page.getByTestId("late-list")).containsText("Lấy ý kiến Chi nhánh Văn phòng đăng ký đất đai quá hạn");
        Browser.screenshot(page, "dashboard-hong-ha-2021-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByTestId("late").locator("a").click();
        assertThat(page.getByTestId("dossier-rows").locator("tbody tr")).hasCount(7);
        assertThat(page.getByTestId("dossier-rows")).containsText("Hòa giải tranh chấp đất đai");
        Browser.screenshot(page, "dashboard-hong-ha-2021-late-vi");

        page.navigate("/thong-ke/bao-cao?ky=2021&theo=can-bo");
        assertThat(page.getByTestId("report-total")).containsText("12439");
        Browser.screenshot(page, "period-report-hong-ha-2021-vi");

        page.navigate("/thong-ke?ky=2021");
        page.getByTestId("to-waiting").click();
        assertThat(page.getByTestId("heat-map")).containsText("Thứ Hai");
        assertThat(page.getByTestId("waiting-by-OFFICER")).isVisible();
        Browser.screenshot(page, "waiting-hong-ha-2021-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void a_parent_agency_reads_its_officers_with_their_open_dossiers(Page page) {
        vn.motcua.demo.history.DemoHistoryFixture.hongHa2021(loader);
        Browser.signIn(page, "quantri.nhom");
        page.navigate("/thong-ke/bao-cao?don-vi=H99&ky=2021&theo=can-bo");
        var rows = page.getByTestId("report-table").locator("tbody tr");
        assertThat(rows.first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(rows.count()).isGreaterThanOrEqualTo(5);
        // every officer row has its carried-over and in-progress figures (received by one, closed by another)
        for (String column : java.util.List.of("2", "11")) {
            org.assertj.core.api.Assertions.assertThat(page.getByTestId("report-table").locator("tbody tr td:nth-child(" + column + ")")
                    .allInnerTexts()).as("column " + column).hasSize(rows.count()).allMatch(v -> v.strip().matches("\\d+"));
        }
        Browser.screenshot(page, "period-report-group-officers-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }
}
