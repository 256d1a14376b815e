package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * A citizen reads an office's hours and service models on a phone; an administrator sees the office's models and
 * the leader the week's duty roster.
 */
@BrowserTest
class ServiceModelBrowserTest {

    @Test
    void a_citizen_reads_this_weeks_hours_and_the_models_of_ba_vi_on_a_phone(Page page) {
        page.setViewportSize(360, 800);
        page.navigate("/don-vi/H99.04");
        assertThat(page.getByTestId("office-name")).hasText("Huyện Ba Vì — Bộ phận tiếp nhận và trả kết quả");
        assertThat(page.getByTestId("office-models")).containsText("Thứ Năm hằng tuần làm việc thêm từ 17:00 đến 18:00.");
        assertThat(page.getByTestId("office-hours")).containsText("17:00–18:00 (Giờ làm việc thứ 9)");
        Browser.screenshot(page, "office-page-ba-vi-mobile-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/don-vi/H99.06");
        assertThat(page.getByTestId("office-models")).containsText("Thứ Hai hằng tuần là ngày không hẹn");
        assertThat(page.getByTestId("office-models")).containsText("cán bộ điền giúp");
        Browser.screenshot(page, "office-page-vinh-thanh-mobile-vi");
    }

    @Test
    void the_administrator_sees_the_models_and_the_leader_assigns_the_roster(Page page) {
        Browser.signIn(page, "quantri.03");
        page.navigate("/quan-tri/mo-hinh");
        assertThat(page.getByTestId("models")).containsText("30 phút vì dân");
        assertThat(page.getByTestId("models")).containsText("Thứ Hai và Thứ Sáu hằng tuần mở cửa từ 07:00.");
        Browser.screenshot(page, "service-models-admin-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/lich-truc");
        assertThat(page.getByTestId("roster")).containsText("30 phút vì dân");
        page.locator("input[name=people]").first().fill("Đoàn Thanh niên phường: 2 tình nguyện viên");
        page.getByTestId("save-0").click();
        assertThat(page.getByTestId("saved")).isVisible();
        assertThat(page.locator("input[name=people]").first()).hasValue("Đoàn Thanh niên phường: 2 tình nguyện viên");
        Browser.screenshot(page, "duty-roster-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByTestId("print-roster").click();
        assertThat(page.getByTestId("roster-print")).containsText("Đoàn Thanh niên phường");
        Browser.screenshot(page, "duty-roster-print-vi");
    }

    @Test
    void a_leader_reads_the_statistics_by_model(Page page) {
        Browser.signIn(page, "lanhdao.06");
        page.navigate("/thong-ke/mo-hinh?tu=2024-01-01");
        assertThat(page.getByTestId("model-stats")).containsText("Ngày không hẹn");
        assertThat(page.getByTestId("before-after")).containsText("Trước: 03/10/2023 – 31/12/2023");
        Browser.screenshot(page, "model-statistics-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }
}
