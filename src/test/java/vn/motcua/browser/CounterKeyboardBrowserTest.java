package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The counter's keyboard promise: the procedure search has the cursor, ↓ and Enter choose a procedure, a date typed
 * day first is said back in words, an error leaves the focus on a summary that links each field, the scan attached
 * before the error stays listed beside its paper, and after acceptance the focus is on "In Mẫu 01".
 */
@BrowserTest
class CounterKeyboardBrowserTest {

    @Test
    void a_birth_is_registered_from_the_keyboard_and_no_scan_is_lost(Page page) {
        Browser.signIn(page, "tiepnhan");
        page.navigate("/tiep-nhan");
        // the page opens with the cursor in the procedure search (autofocus lands a moment after the load on a busy machine)
        assertThat(page.locator("#q")).isFocused();
        // the results follow the typing (htmx, 250 ms after the last key): wait until the list on screen answers the whole
        // text, so that no later answer replaces it under the arrow keys
        page.evaluate("() => document.body.addEventListener('htmx:afterSettle', e => window.settledFor = e.detail.xhr.responseURL)");
        page.keyboard().type("dang ky khai sinh");
        page.waitForFunction("() => window.settledFor && decodeURIComponent(window.settledFor.replace(/\\+/g, ' '))"
                + ".includes('q=dang ky khai sinh') && !document.querySelector('.htmx-request')");
        assertThat(page.getByTestId("procedure-results")).containsText("Đăng ký khai sinh");
        page.keyboard().press("ArrowDown");
        for (int i = 0; i < 10 && !String.valueOf(page.evaluate("document.activeElement.href")).contains("1.001193"); i++) {
            page.keyboard().press("ArrowDown");
        }
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Đăng ký khai sinh");

        page.getByLabel("Họ tên / tên tổ chức").fill("Trương Thị Diệu");
        page.getByLabel("Bản quét của: Giấy chứng sinh").setInputFiles(new FilePayload("giay-chung-sinh.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)));
        page.getByLabel("Cán bộ điền giúp công dân (công dân đọc lại và ký trên bản in)").check();
        page.getByLabel("Ngày, tháng, năm sinh *").fill("05062026");
        assertThat(page.getByTestId("date-understood")).containsText("05/06/2026");
        page.getByLabel("Ngày, tháng, năm sinh *").fill("5/6/26");
        assertThat(page.getByTestId("date-understood")).containsText("Chưa hiểu");
        page.getByLabel("Ngày, tháng, năm sinh *").fill("05062026");
        page.keyboard().press("Enter"); // the first button of the form: accept

        assertThat(page.getByTestId("errors")).isFocused();
        assertThat(page.getByTestId("errors").locator("a[href='#idNumber']")).isVisible();
        assertThat(page.locator("[data-paper='1'] [data-testid=held-scan]")).containsText("giay-chung-sinh.pdf");
        assertThat(page.locator("[data-paper='0'] [data-testid=no-scan]")).isVisible();
        assertThat(page.getByTestId("date-understood")).containsText("05/06/2026");
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "reception-error-summary-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(360, 780);
        Browser.screenshot(page, "reception-error-summary-360-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1366, 768);

        assertThat(page.getByTestId("errors")).containsText("Họ, chữ đệm, tên của trẻ: ");
        page.getByTestId("errors").locator("a[href='#idNumber']").click();
        page.keyboard().type("001195004331");
        page.getByLabel("Cán bộ điền giúp công dân (công dân đọc lại và ký trên bản in)").uncheck();
        for (int i = 0; i < 4; i++) {
            page.locator("#doc-" + i).check();
        }
        page.getByTestId("accept").click();
        assertThat(page.getByTestId("accepted")).isVisible();
        assertThat(page.getByTestId("form-01-pdf")).isFocused();
        assertThat(page.getByTestId("scans")).containsText("giay-chung-sinh.pdf");
        assertThat(page.getByTestId("scan-paper")).containsText("Giấy chứng sinh");
        Browser.screenshot(page, "reception-accepted-focus-vi");
    }
}
