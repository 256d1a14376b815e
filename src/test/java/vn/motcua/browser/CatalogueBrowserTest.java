package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** A citizen on a phone finds a procedure without typing diacritics, opens it and prints it. */
@BrowserTest
class CatalogueBrowserTest {

    @Test
    void a_citizen_finds_birth_registration_without_diacritics_and_prints_it(Page page) {
        page.setViewportSize(390, 844);
        page.navigate("/thu-tuc");
        page.getByLabel("Tên hoặc mã thủ tục").fill("dang ky khai sinh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
        assertThat(page.getByTestId("results")).containsText("Đăng ký khai sinh");
        Browser.screenshot(page, "catalogue-search-mobile-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng ký khai sinh").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Đăng ký khai sinh");
        assertThat(page.getByTestId("legal-time")).containsText("Trong ngày; nhận sau 15:00");
        assertThat(page.getByTestId("documents")).containsText("Giấy chứng sinh");
        Browser.screenshot(page, "catalogue-procedure-mobile-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.setViewportSize(1280, 900);
        page.getByTestId("print").click();
        assertThat(page.locator("h1")).hasText("Đăng ký khai sinh");
        assertThat(page.locator("nav")).hasCount(0);
        Browser.screenshot(page, "catalogue-print-vi");
        page.pdf(new Page.PdfOptions().setPath(java.nio.file.Path.of("target", "screenshots", "catalogue-print-vi.pdf"))
                .setFormat("A4"));
    }
}
