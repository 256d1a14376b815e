package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * A citizen signs in with the demo's identity provider from the public pages, on a phone and a desk screen, by
 * keyboard alone; the provider's page says it is the demo's; the citizen's page shows the identity it asserted.
 */
@BrowserTest
class CitizenSignInBrowserTest {

    @Test
    void a_citizen_signs_in_on_a_phone_through_the_demo_provider_and_signs_out(Page page) {
        page.setViewportSize(360, 780);
        page.navigate("/cong-dan/dang-nhap");
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Đăng nhập dành cho công dân");
        Browser.screenshot(page, "citizen-login-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByTestId("citizen-sign-in").click();
        assertThat(page.getByTestId("demo-provider-notice")).containsText("không phải VNeID");
        Browser.screenshot(page, "demo-provider-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("Tên đăng nhập").fill("congdan.cuong");
        page.getByLabel("Mật khẩu").fill("CongDan@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

        assertThat(page).hasURL(Pattern.compile(".*/cong-dan$"));
        assertThat(page.getByTestId("citizen-name")).hasText("Lê Văn Cường");
        assertThat(page.getByTestId("citizen-id-number")).hasText("*********788");
        Browser.screenshot(page, "citizen-home-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "citizen-home-vi");

        page.getByTestId("logout").click();
        assertThat(page.getByTestId("citizen-logged-out")).hasText("Bạn đã đăng xuất.");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void a_citizen_follows_a_counter_dossier_on_a_phone(Page page) throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").applicant("Trần Thị Bình", "001185004321").code(mvc);
        page.setViewportSize(360, 780);
        page.navigate("/cong-dan/dang-nhap");
        page.getByTestId("citizen-sign-in").click();
        page.getByLabel("Tên đăng nhập").fill("congdan.binh");
        page.getByLabel("Mật khẩu").fill("CongDan@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.navigate("/cong-dan/ho-so");
        assertThat(page.getByTestId("my-dossiers")).containsText(code);
        Browser.screenshot(page, "my-dossiers-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.locator("a[href='/cong-dan/ho-so/" + code + "']").click();
        assertThat(page.getByTestId("my-dossier-code")).hasText(code);
        assertThat(page.getByTestId("my-dossier-steps")).isVisible();
        Browser.screenshot(page, "my-dossier-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "my-dossier-vi");
    }

    @Test
    void the_keyboard_alone_signs_a_citizen_in(Page page) {
        page.navigate("/tra-cuu");
        page.getByTestId("citizen-login-link").focus();
        page.keyboard().press("Enter");
        page.getByTestId("citizen-sign-in").focus();
        page.keyboard().press("Enter");
        page.getByLabel("Tên đăng nhập").focus();
        page.keyboard().type("congdan.dung");
        page.keyboard().press("Tab");
        page.keyboard().type("CongDan@2026");
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("citizen-name")).hasText("Phạm Thị Dung");
        assertThat(page.getByTestId("current-user")).hasText("Phạm Thị Dung");
    }
}
