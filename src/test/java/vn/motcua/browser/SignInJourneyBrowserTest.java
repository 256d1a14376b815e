package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** Each demo role signs in, sees its home in Vietnamese, switches to English and signs out. */
@BrowserTest
class SignInJourneyBrowserTest {

    private static final String PASSWORD = "MotCua@2026";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "tiepnhan, RECEPTION, Cán bộ một cửa",
            "chuyenvien, SPECIALIST, Chuyên viên",
            "lanhdao, LEADER, Lãnh đạo",
            "quantri, ADMIN, Quản trị",
    })
    void each_role_signs_in_sees_its_home_switches_to_english_and_signs_out(String username, String role,
            String sectionTitle, Page page) {
        page.navigate("/dang-nhap");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Đăng nhập hệ thống");

        Browser.signIn(page, username, PASSWORD);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/$"));
        assertThat(page.getByTestId("greeting")).containsText("Xin chào,");
        assertThat(page.getByTestId("office")).containsText("Văn phòng Một cửa mẫu (H99.01)");
        assertThat(page.getByTestId("home-" + role)).containsText(sectionTitle);
        Browser.screenshot(page, "home-" + username + "-vi");

        page.getByTestId("lang-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByTestId("greeting")).containsText("Hello,");
        Browser.screenshot(page, "home-" + username + "-en");

        page.getByTestId("logout").click();
        assertThat(page.getByTestId("logged-out")).hasText("You have signed out.");
        page.getByTestId("lang-switch").click();
        assertThat(page.getByTestId("lang-switch")).hasText("English");
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Đăng nhập hệ thống");
    }

    @Test
    void a_failed_sign_in_shows_the_vietnamese_error_next_to_the_form(Page page) {
        Browser.signIn(page, "tiepnhan", "sai-mat-khau");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(page.getByLabel("Tên đăng nhập")).hasAttribute("aria-describedby", "login-error");
        Browser.screenshot(page, "login-failed-vi");
    }

    @Test
    void the_login_page_has_no_serious_accessibility_violations(Page page) {
        page.navigate("/dang-nhap");
        Browser.screenshot(page, "login-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        Browser.signIn(page, "tiepnhan", "sai");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"tiepnhan", "chuyenvien.02", "lanhdao.03", "quantri.04"})
    void every_home_page_has_no_serious_accessibility_violations(String username, Page page) {
        Browser.signIn(page, username, PASSWORD);
        assertThat(page.getByTestId("greeting")).isVisible();
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void the_keyboard_alone_signs_in(Page page) {
        page.navigate("/dang-nhap");
        // the page puts the cursor in the user name: wait for it (typing before it lands goes nowhere on a slow machine)
        assertThat(page.getByLabel("Tên đăng nhập")).isFocused();
        page.keyboard().type("lanhdao.05");
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("greeting")).containsText("Xin chào,");
        assertThat(page.getByTestId("office")).containsText("Xã An Tân");
    }
}
