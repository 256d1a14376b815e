package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The citizen on a 360-pixel phone: scans the slip's QR, reads the status, enters the last 4 digits to see the
 * steps, switches to large text and rates the service. Every public page passes axe-core without a serious or
 * critical violation.
 */
@BrowserTest
class PortalBrowserTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    vn.motcua.survey.SurveyTokens tokens;

    private String accept() throws Exception {
        return Acceptance.at("H99.01", "tiepnhan").applicant("Nguyễn Văn An", "001090012345").address("Ba Đình")
                .phone("0912000777").code(mvc);
    }

    @Test
    void a_citizen_looks_up_the_dossier_from_the_slip_qr_and_rates_the_service_on_a_phone(Page page) throws Exception {
        String code = accept();
        page.setViewportSize(360, 780);
        page.navigate("/tra-cuu");
        Browser.screenshot(page, "portal-search-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("Mã hồ sơ (in trên giấy hẹn)").fill(code.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tra cứu")).click();
        assertThat(page.getByTestId("lookup-applicant")).hasText("Nguyễn V** A**");
        assertThat(page.getByTestId("lookup-status")).hasText("Đã tiếp nhận");
        assertThat(page.locator("body")).not().containsText("0912000777");
        Browser.screenshot(page, "portal-lookup-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByTestId("verify-link").click();
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("4 số cuối điện thoại hoặc số định danh cá nhân của người nộp").fill("0777");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem").setExact(true)).click();
        assertThat(page.getByTestId("lookup-steps")).isVisible();
        Browser.screenshot(page, "portal-details-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByTestId("text-size").click();
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("text-large"));
        assertThat(page.getByTestId("lookup-steps")).isVisible(); // larger text keeps what the 4 digits unlocked
        Browser.screenshot(page, "portal-large-text-360-vi");
        page.getByTestId("text-size").click();
        assertThat(page.locator("html")).not().hasClass(java.util.regex.Pattern.compile("text-large"));

        page.navigate("/tra-cuu/" + code + "?k=" + tokens.forDossier(code));
        page.getByTestId("text-size").click();
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("text-large"));
        assertThat(page.getByTestId("survey-link")).isVisible(); // larger text keeps the QR's rating button
        page.getByTestId("survey-link").click();
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.locator("label[for=OVERALL-SATISFIED]").click();
        page.getByLabel("Lịch sự, tận tình").check();
        page.getByLabel("Góp ý thêm (không bắt buộc)").fill("Cán bộ hướng dẫn rất nhiệt tình.");
        Browser.screenshot(page, "portal-survey-360-vi");
        page.getByTestId("survey-submit").click();
        assertThat(page.getByTestId("survey-outcome")).hasText("Đánh giá đã được ghi nhận.");
        assertThat(page.getByTestId("survey-next")).containsText("Xem lại hồ sơ " + code);
        Browser.screenshot(page, "portal-survey-thanks-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/danh-gia/khong-hop-le");
        assertThat(page.getByTestId("survey-invalid")).isVisible();
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.navigate("/co-chu?lon=false&tiep=/tra-cuu");
    }

    @Test
    void a_citizen_sends_feedback_on_a_phone_and_follows_it(Page page) {
        page.setViewportSize(360, 780);
        page.navigate("/phan-anh?don-vi=H99.03");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("Tiêu đề").fill("Đề nghị mở thêm quầy buổi sáng");
        page.getByLabel("Nội dung").fill("Sáng thứ Hai rất đông người chờ.");
        Browser.screenshot(page, "portal-feedback-360-vi");
        page.getByTestId("feedback-send").click();
        assertThat(page.getByTestId("feedback-received")).containsText("PA-");
        assertThat(page.getByTestId("feedback-status")).hasText("Đang xử lý");
        Browser.screenshot(page, "portal-feedback-follow-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }
}
