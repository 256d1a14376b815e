package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.motcua.demo.history.DemoHistoryFixture;
import vn.motcua.demo.history.HistoryLoader;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * A leader of Hồng Hà wonders what one counter fewer would have done to 2021: from the dashboard to the simulator, the
 * form filled with the keyboard alone, the run's progress, then its figures beside what happened with the test of
 * honesty passed; on a desk's screen and on a phone.
 */
@BrowserTest
class SimulationBrowserTest {

    @Autowired
    HistoryLoader loader;

    @Test
    void a_leader_tries_one_counter_fewer_on_2021_and_reads_it_beside_what_happened(Page page) {
        DemoHistoryFixture.hongHa2021(loader);
        page.setViewportSize(1366, 768);
        Browser.signIn(page, "lanhdao.02");
        page.navigate("/thong-ke?ky=2021");
        page.getByTestId("to-simulator").click();
        assertThat(page.getByTestId("simulation-form")).isVisible();
        Browser.screenshot(page, "simulator-form-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        // no mouse from here: the dates filled (their typed format is the browser's locale's), the rest by keys
        page.locator("#tu").fill("2021-01-01");
        page.locator("#den").fill("2021-12-31");
        page.locator("#kind-COUNTERS").focus();
        page.keyboard().press("Space");
        page.locator("#quay").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("-1");
        page.locator("#soLan").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("5");
        page.locator("#hatGiong").focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("2021");
        page.keyboard().press("Enter");

        var run = page.getByTestId("simulation-run");
        assertThat(run).isVisible();
        assertThat(page.getByTestId("simulation-change")).containsText("-1 quầy mỗi ngày");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DONE".equals(run.getAttribute("data-status")));
        assertThat(page.getByTestId("honesty")).containsText("Kiểm tra trung thực: ĐẠT");
        assertThat(page.getByTestId("row-on-time")).containsText("99,94 %");
        assertThat(page.getByTestId("simulation-units")).containsText("giữ nhiều nhất");
        Browser.screenshot(page, "simulator-result-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.setViewportSize(360, 780);
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kết quả mô phỏng"))).isVisible();
        Browser.screenshot(page, "simulator-result-phone-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }
}
