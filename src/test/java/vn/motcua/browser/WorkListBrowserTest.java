package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Acceptance;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * A citizen who lost the slip is found by the receptionist with the keyboard, by the name typed without diacritics;
 * the leader's home shows the counts that open the lists.
 */
@BrowserTest
class WorkListBrowserTest {

    private static String accept(Page page, String name, String idNumber, String phone) {
        String basic = "Basic " + Base64.getEncoder().encodeToString("tiepnhan.04:MotCua@2026".getBytes(StandardCharsets.UTF_8));
        var created = page.request().post("/api/v1/dossiers", RequestOptions.create().setHeader("Authorization", basic)
                .setHeader("Idempotency-Key", UUID.randomUUID().toString()).setHeader("Content-Type", "application/json")
                .setData(Acceptance.at("H99.04", "tiepnhan.04").applicant(name, idNumber).phone(phone).body()));
        assertThat(created.status()).isEqualTo(201);
        return created.headers().get("location").replaceAll(".*/", "");
    }

    @Test
    void the_receptionist_finds_a_citizen_by_the_name_typed_without_diacritics(Page page) {
        String code = accept(page, "Hoàng Thị Thoa Quỳnh", "001197004561", "0912 000 451");
        accept(page, "Lương Văn Đông", "001197004562", "0912 000 452");
        Browser.signIn(page, "tiepnhan.04");
        page.navigate("/ho-so");
        // the search box has the cursor (autofocus lands a moment after the load on a busy machine): the officer types
        // and presses Enter
        assertThat(page.locator("#q")).isFocused();
        page.keyboard().type("hoang thi thoa quynh");
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("understood")).containsText("hoang thi thoa quynh");
        assertThat(page.getByTestId("queue").locator("tbody tr")).hasCount(1);
        assertThat(page.getByTestId("queue")).containsText("Hoàng Thị Thoa Quỳnh");
        assertThat(page.getByTestId("queue")).containsText(code);
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "work-list-search-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(360, 780);
        Browser.screenshot(page, "work-list-search-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/ho-so?q=%2B84%20912%20000%20452&lang=en");
        assertThat(page.getByTestId("queue")).containsText("Lương Văn Đông");
        assertThat(page.getByTestId("tabs")).containsText("Waiting for me");
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "work-list-search-en");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.navigate("/ho-so?lang=vi");
    }

    @Test
    void the_leaders_home_counts_open_the_lists(Page page) {
        accept(page, "Đoàn Văn Khởi", "001197004563", "0912 000 453");
        Browser.signIn(page, "lanhdao.04");
        assertThat(page.getByTestId("work")).containsText("hồ sơ chờ tôi ký");
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "home-leader-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(360, 780);
        Browser.screenshot(page, "home-leader-360-vi");
        page.setViewportSize(1366, 768);
        page.getByTestId("work-due-soon").click();
        assertThat(page.getByLabel("Thời hạn")).hasValue("sap-den-han");
        assertThat(page.locator("[data-tab=ALL]")).hasAttribute("aria-current", "page");
        page.navigate("/ho-so");
        assertThat(page.locator("[data-tab=MINE] [data-testid=tab-count]")).not().hasText("0");
        Browser.screenshot(page, "work-list-leader-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }
}
