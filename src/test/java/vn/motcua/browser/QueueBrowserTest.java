package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The queue as its users live it: the office's administrator binds a kiosk; a citizen takes a priority ticket on the
 * touch screen and sees the number, the wait and the QR code; the officer at the counter calls, serves and finishes
 * by keyboard.
 */
@BrowserTest
class QueueBrowserTest {

    @Test
    void a_kiosk_is_bound_a_ticket_taken_and_called_at_the_counter(Page page) {
        Browser.staffOpens(page, "quantri.04", "/quan-tri/kiosk");
        page.getByLabel("Tên máy").fill("Ki-ốt sảnh tầng 1");
        page.getByTestId("issue-kiosk").click();
        String address = page.getByTestId("kiosk-address").textContent().strip();
        Browser.screenshot(page, "queue-kiosks-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.context().clearCookies();
        page.setViewportSize(1080, 1920);
        page.navigate(address);
        assertThat(page.getByTestId("kiosk-field").first()).isVisible();
        Browser.screenshot(page, "queue-kiosk-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("Người cao tuổi").check();
        page.getByTestId("kiosk-field").first().click();
        assertThat(page.getByTestId("ticket-number")).isVisible();
        assertThat(page.getByTestId("ticket-field")).hasText("Hộ tịch");
        Browser.screenshot(page, "queue-ticket-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1366, 768);

        Browser.staffOpens(page, "tiepnhan.04", "/quay?so=1");
        // a run before this one on the same database may have left a citizen at the counter
        if (page.getByTestId("no-show").count() > 0) {
            page.getByTestId("no-show").click();
        } else if (page.getByTestId("finish").count() > 0) {
            page.getByTestId("finish").click();
        }
        page.getByTestId("call-next").focus();
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("called")).isVisible();
        assertThat(page.getByTestId("current-number")).isVisible();
        Browser.screenshot(page, "queue-counter-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByTestId("start").click();
        page.getByLabel("Mã hồ sơ đã tiếp nhận (nếu có)").fill("H99.04-261202-0001");
        page.getByTestId("finish").click();
        assertThat(page.getByTestId("call-next")).isVisible();
    }
}
