package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The main journey at office H99.02: the receptionist accepts a dossier (form 01), transfers it; the
 * specialist submits it; the leader apologises with a new appointment and approves; the receptionist gets the
 * result and returns it. And at the counter, an incomplete dossier gets form 02 listing what is missing.
 */
@BrowserTest
class DossierJourneyBrowserTest {

    @Autowired
    Clock clock;

    private static void open(Page page, String user, String code) {
        Browser.signIn(page, user);
        page.navigate("/ho-so/" + code);
    }

    private static void act(Page page, String action) {
        page.getByTestId("action-" + action).click();
        assertThat(page.getByTestId("done")).isVisible();
    }

    @Test
    void accept_transfer_submit_apologise_approve_and_return(Page page) {
        Browser.signIn(page, "tiepnhan.02");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếp nhận").setExact(true)).click();
        page.getByLabel("Thủ tục (gõ tên không dấu hoặc mã)").pressSequentially("dang ky lai khai sinh");
        assertThat(page.getByTestId("procedure-results")).containsText("Đăng ký lại khai sinh");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/tiep-nhan$"));
        page.getByTestId("procedure-results").getByText("Đăng ký lại khai sinh").click();
        page.getByLabel("Họ tên / tên tổ chức").fill("Vũ Thị Lành");
        page.getByLabel("Số định danh cá nhân (12 số)").first().fill("031158001234");
        page.getByLabel("Số điện thoại").fill("0903123456");
        page.getByLabel("Bản quét giấy tờ (PDF, JPEG, PNG)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "giay-khai-sinh.pdf", "application/pdf", "not a pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByTestId("accept").click();
        assertThat(page.getByTestId("errors")).containsText("giay-khai-sinh.pdf");
        page.getByLabel("Bản quét giấy tờ (PDF, JPEG, PNG)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "giay-khai-sinh.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByTestId("accept").click();
        assertThat(page.getByTestId("accepted")).isVisible();
        assertThat(page.getByTestId("scans")).containsText("giay-khai-sinh.pdf");
        String code = page.getByTestId("dossier-code").textContent().strip();
        assertThat(code).matches("H99\\.02-\\d{6}-\\d{4,}");
        Browser.screenshot(page, "dossier-accepted-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        act(page, "TRANSFER");
        assertThat(page.getByTestId("status")).hasText("Đang xử lý");

        page.context().clearCookies();
        Browser.signIn(page, "chuyenvien.02");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hồ sơ của tôi")).click();
        page.getByTestId("queue").getByText(code).click();
        // the specialist's panel: what each button closes and where it sends the dossier, the way forward first
        assertThat(page.getByTestId("moves-SUBMIT_FOR_APPROVAL")).containsText("chuyển đến: Lãnh đạo");
        assertThat(page.locator("button[data-primary=true]")).hasAttribute("data-testid", "action-SUBMIT_FOR_APPROVAL");
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "dossier-specialist-vi");
        page.setViewportSize(360, 780);
        Browser.screenshot(page, "dossier-specialist-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1280, 800);
        act(page, "SUBMIT_FOR_APPROVAL");
        assertThat(page.getByTestId("status")).hasText("Chờ lãnh đạo duyệt");

        page.context().clearCookies();
        open(page, "lanhdao.02", code);
        LocalDate later = LocalDate.now(clock).plusDays(21).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        var apology = page.locator("form[data-action=APOLOGISE]");
        apology.getByLabel("Ngày", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .fill(later.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        apology.getByLabel("Giờ", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill("16:00");
        page.getByLabel("Lý do chậm trễ").fill("Cần xác minh thông tin với nơi đăng ký khai sinh trước đây");
        act(page, "APOLOGISE");
        assertThat(page.getByTestId("new-due")).containsText("16:00");
        act(page, "APPROVE");
        Browser.screenshot(page, "dossier-approved-vi");

        page.context().clearCookies();
        open(page, "tiepnhan.02", code);
        act(page, "RESULT_READY");
        act(page, "RETURN");
        assertThat(page.getByTestId("status")).hasText("Đã trả kết quả");
        assertThat(page.getByTestId("control-sheet").locator("tbody tr")).hasCount(5);
        assertThat(page.getByTestId("history").locator("li").last()).hasText(java.util.regex.Pattern.compile(".*Trả kết quả — Trực tiếp$"));
        Browser.screenshot(page, "dossier-returned-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        // the control sheet's stages and parties are the interface's words: English in English
        page.navigate(page.url().replaceAll("\\?.*$", "") + "?lang=en");
        assertThat(page.getByTestId("control-sheet")).containsText("Reception and transfer");
        assertThat(page.getByTestId("control-sheet")).containsText("Citizen / organisation");
        Browser.screenshot(page, "dossier-returned-en");
        page.navigate(page.url().replaceAll("\\?.*$", "") + "?lang=vi");
    }

    @Test
    void an_incomplete_dossier_gets_form_02_listing_everything_missing(Page page) {
        Browser.signIn(page, "tiepnhan.02");
        page.navigate("/tiep-nhan?thuTuc=1.001193");
        page.getByLabel("Họ tên / tên tổ chức").fill("Phan Văn Khải");
        page.getByLabel("Số định danh cá nhân (12 số)").first().fill("03108900123");
        page.getByTestId("accept").click();
        assertThat(page.locator("#idNumber-error")).containsText("12 chữ số");
        Browser.screenshot(page, "reception-errors-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Số định danh cá nhân (12 số)").first().fill("031089001234");
        page.getByLabel("Ghi chú: giấy tờ còn thiếu hoặc lý do từ chối (mỗi dòng một ý)").fill("Bản sao giấy chứng nhận kết hôn của cha mẹ");
        page.getByTestId("supplement").click();
        assertThat(page.locator("h1")).hasText("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        assertThat(page.locator("table.docs")).containsText("Tờ khai đăng ký khai sinh theo mẫu");
        assertThat(page.locator("table.docs")).containsText("Bản sao giấy chứng nhận kết hôn của cha mẹ");
        Browser.screenshot(page, "form-02-vi");
    }
}
