package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.MovableTime;

/**
 * The online path end to end, as its users live it: a citizen signs in through the demo provider and sends a birth
 * registration on a Saturday evening with a paper reused from the store; on Monday the receptionist asks for a
 * supplement from the online inbox; the citizen adds it on a phone; the dossier is accepted, moves through the
 * lifecycle to its return, and the citizen follows it and rates the service.
 */
@BrowserTest
@Import(MovableTime.class)
class OnlineJourneyBrowserTest {

    @Test
    void sent_on_saturday_evening_supplemented_online_accepted_returned_and_rated(Page page) throws Exception {
        MovableTime.set("2026-12-05T22:00");
        // a file name no earlier run gave this citizen's papers (CI runs the suite twice on one database)
        String certificate = "giay-chung-sinh-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";
        Browser.citizenSignsIn(page, "congdan.cuong");
        page.navigate("/cong-dan/kho-giay-to");
        page.getByLabel("Loại giấy tờ").fill("Giấy chứng sinh");
        page.getByLabel("Tệp").setInputFiles(new FilePayload(certificate, "application/pdf",
                ("%PDF-1.4\n% giấy chứng sinh " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào kho")).click();
        assertThat(page.getByTestId("document-added")).isVisible();

        page.navigate("/thu-tuc/1.001193");
        page.getByTestId("submit-online").click();
        page.getByLabel("Xã Vĩnh Thạnh").check();
        page.getByTestId("start").click();
        assertThat(page.getByTestId("submission-status")).hasText("Bản nháp, chưa nộp");
        assertThat(page.getByLabel("Số định danh cá nhân người đi khai")).hasValue("036056007788");
        // Sending too early lists every problem at its place, and keeps what was typed.
        page.getByLabel("Họ, chữ đệm, tên của trẻ").fill("Lê Văn Bé");
        page.getByTestId("send").click();
        assertThat(page.getByTestId("problems")).isVisible();
        assertThat(page.getByLabel("Họ, chữ đệm, tên của trẻ")).hasValue("Lê Văn Bé");
        Browser.screenshot(page, "online-submission-problems-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Ngày, tháng, năm sinh").fill("28/11/2026");
        page.getByLabel("Giới tính").selectOption("Nam");
        page.getByLabel("Nơi sinh").fill("Trạm y tế xã Vĩnh Thạnh");
        page.getByLabel("Quê quán").fill("Vĩnh Thạnh");
        page.getByLabel("Dân tộc").fill("Kinh");
        page.getByLabel("Quan hệ với người được khai sinh").fill("Ông nội");
        page.getByLabel("Hoặc dùng giấy tờ trong kho của tôi").first().selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Giấy chứng sinh — " + certificate));
        page.getByLabel("Số điện thoại").fill("0912 345 678");
        // the last step by keyboard: Enter on the send button
        page.getByTestId("send").focus();
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("sent")).containsText("Mã hồ sơ của bạn là H99.06-");
        assertThat(page.getByTestId("sent")).containsText("07/12/2026");
        String code = page.getByTestId("dossier-code").textContent().strip();
        Browser.screenshot(page, "online-submission-sent-vi");
        page.setViewportSize(360, 780);
        Browser.screenshot(page, "online-submission-sent-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1366, 768);

        MovableTime.set("2026-12-07T09:00");
        Browser.staffOpens(page, "tiepnhan.06", "/");
        page.getByTestId("nav-online-inbox").click();
        assertThat(page.getByTestId("inbox")).containsText(code);
        Browser.screenshot(page, "online-inbox-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByTestId("inbox").getByText(code).click();
        assertThat(page.getByTestId("item-papers")).containsText(certificate);
        page.getByLabel("Yêu cầu bổ sung").fill("Văn bản xác nhận của trạm y tế về việc sinh");
        Browser.screenshot(page, "online-inbox-item-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByTestId("inbox-supplement").click();
        assertThat(page.getByTestId("answered")).isVisible();

        MovableTime.set("2026-12-07T10:00");
        Browser.citizenSignsIn(page, "congdan.cuong");
        page.setViewportSize(360, 780);
        page.navigate("/cong-dan/ho-so");
        page.getByTestId("my-submissions").getByText("Đăng ký khai sinh").first().click();
        assertThat(page.getByTestId("desk-answer")).containsText("Văn bản xác nhận của trạm y tế");
        page.getByLabel("Tải tệp lên").last().setInputFiles(new FilePayload("xac-nhan-tram-y-te.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4}));
        Browser.screenshot(page, "online-supplement-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        // in large text too, as an older reader sets it; the file chosen is chosen again after the switch
        String supplementPage = new java.net.URI(page.url()).getPath();
        page.navigate("/co-chu?lon=true&tiep=" + supplementPage);
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("text-large"));
        Browser.screenshot(page, "online-supplement-large-text-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByLabel("Tải tệp lên").last().setInputFiles(new FilePayload("xac-nhan-tram-y-te.jpg", "image/jpeg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4}));
        page.getByTestId("send").click();
        assertThat(page.getByTestId("sent")).containsText("Đã gửi bổ sung");
        page.navigate("/co-chu?lon=false&tiep=" + supplementPage);
        page.setViewportSize(1366, 768);

        MovableTime.set("2026-12-07T10:30");
        Browser.staffOpens(page, "tiepnhan.06", "/tiep-nhan/truc-tuyen");
        page.getByTestId("inbox").getByText(code).click();
        assertThat(page.getByTestId("item-papers")).containsText("xac-nhan-tram-y-te.jpg");
        page.getByTestId("inbox-accept").click();
        assertThat(page.getByTestId("dossier-code")).hasText(code);

        // Through the lifecycle: whoever holds it takes the way forward the page offers, until the leader approves.
        String[] crew = {"tiepnhan.06", "chuyenvien.06", "lanhdao.06"};
        for (int turn = 0; turn < 12 && !page.getByTestId("status").textContent().contains("Đã duyệt"); turn++) {
            Browser.staffOpens(page, crew[turn % crew.length], "/ho-so/" + code);
            var forward = page.locator("button[data-primary=true]");
            if (forward.count() > 0) {
                forward.first().click();
                assertThat(page.getByTestId("done")).isVisible();
            }
        }
        assertThat(page.getByTestId("status")).hasText("Đã duyệt");
        Browser.staffOpens(page, "tiepnhan.06", "/ho-so/" + code);
        page.getByTestId("action-RESULT_READY").click();
        assertThat(page.getByTestId("done")).isVisible();
        page.getByTestId("action-RETURN").click();
        assertThat(page.getByTestId("status")).hasText("Đã trả kết quả");

        Browser.citizenSignsIn(page, "congdan.cuong");
        page.navigate("/cong-dan/ho-so/" + code);
        assertThat(page.getByTestId("my-dossier-steps")).isVisible();
        Browser.screenshot(page, "online-dossier-returned-vi");
        page.getByTestId("my-dossier-survey").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/danh-gia/.*"));
    }
}
