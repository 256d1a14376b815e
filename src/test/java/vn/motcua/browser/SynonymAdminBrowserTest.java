package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.RunUnique;

/**
 * The province's administrator teaches the catalogue search a phrase citizens use, sees a citizen's search understand
 * it, and removes it only after confirming.
 */
@BrowserTest
class SynonymAdminBrowserTest {

    @Test
    void a_phrase_is_added_understood_and_removed_after_confirmation(Page page) {
        String phrase = "zz" + RunUnique.suffix().toLowerCase().replaceAll("[^a-z0-9]", "");
        Browser.signIn(page, "quantri.nhom");
        page.navigate("/quan-tri/thu-tuc");
        page.getByTestId("open-synonyms").click();
        page.getByLabel("Người dân gõ").fill(phrase);
        page.getByLabel("Được hiểu là").fill("khai tử");
        page.getByLabel("Được hiểu là").press("Enter");
        assertThat(page.getByTestId("done")).hasText("Đã thêm.");
        assertThat(page.getByTestId("synonyms")).containsText(phrase);
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "synonyms-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/thu-tuc?q=" + phrase);
        assertThat(page.getByTestId("results")).containsText("Đăng ký khai tử");
        assertThat(page.getByTestId("understood")).containsText("khai tu");

        page.navigate("/quan-tri/tu-dong-nghia");
        var row = page.getByTestId("synonyms").locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(phrase));
        page.onceDialog(dialog -> dialog.dismiss());
        row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.getByTestId("synonyms")).containsText(phrase); // "Hủy": nothing removed
        page.onceDialog(dialog -> dialog.accept());
        row.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.getByTestId("done")).hasText("Đã xóa.");
        assertThat(page.getByTestId("synonyms")).not().containsText(phrase);
    }
}
