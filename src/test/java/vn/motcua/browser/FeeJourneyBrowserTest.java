package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.signatures.PdfSealsIT;
import vn.motcua.support.Acceptance;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.MovableTime;

/**
 * Results and fees with legal value, as their users live them: the desk states the fee of a dossier accepted at the
 * counter; the citizen pays it online from a phone through the demo gateway and keeps the signed receipt; the dossier
 * goes through to its result, which the desk records as an electronic PDF signed with the office's seal; the citizen
 * downloads it and checks it on the public verification page.
 */
@BrowserTest
@Import(MovableTime.class)
class FeeJourneyBrowserTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_fee_paid_online_a_signed_result_downloaded_and_verified(Page page) throws Exception {
        MovableTime.set("2026-12-08T09:00");
        String code = Acceptance.at("H99.02", "tiepnhan.02").applicant("Nguyễn Văn An", "001090012345").code(mvc);

        Browser.staffOpens(page, "tiepnhan.02", "/ho-so/" + code);
        page.getByTestId("fee-link").click();
        assertThat(page.getByTestId("fee-status")).hasText("Chờ xác định mức thu");
        page.getByLabel("Mức thu một trường hợp (đồng)").fill("15.000");
        page.getByTestId("assess").click();
        assertThat(page.locator("#basis-error")).containsText("căn cứ");
        page.getByLabel("Căn cứ mức thu").fill("Nghị quyết 12/2025/NQ-HĐND tỉnh Quảng Ninh");
        page.getByTestId("assess").click();
        assertThat(page.getByTestId("fee-status")).hasText("Chưa nộp");
        assertThat(page.getByTestId("fee-due")).hasText("15.000 đồng");
        Browser.screenshot(page, "fee-desk-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        MovableTime.set("2026-12-08T20:30");
        Browser.citizenSignsIn(page, "congdan.an");
        page.setViewportSize(360, 780);
        page.navigate("/cong-dan/ho-so/" + code);
        assertThat(page.getByTestId("my-fee-status")).hasText("Chưa nộp");
        Browser.screenshot(page, "fee-citizen-due-360-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        // by keyboard: the pay button takes Enter
        page.getByTestId("pay-online").focus();
        page.keyboard().press("Enter");
        assertThat(page.getByTestId("demo-gateway-amount")).hasText("15.000 VND");
        Browser.screenshot(page, "fee-demo-gateway-360-vi");
        page.getByLabel("Số thẻ").fill("9704 1985 2619 1432 198");
        page.getByLabel("Tên chủ thẻ").fill("NGUYEN VAN A");
        page.getByTestId("demo-gateway-pay").click();
        assertThat(page.getByTestId("return-paid")).containsText(code);
        Browser.screenshot(page, "fee-paid-360-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.getByTestId("back-to-dossier").click();
        assertThat(page.getByTestId("my-fee-status")).hasText("Đã nộp");
        assertThat(page.getByTestId("my-fee-receipt")).containsText("EBL01");
        page.setViewportSize(1366, 768);

        MovableTime.set("2026-12-09T08:00");
        String[] crew = {"tiepnhan.02", "chuyenvien.02", "lanhdao.02"};
        for (int turn = 0; turn < 12; turn++) {
            Browser.staffOpens(page, crew[turn % crew.length], "/ho-so/" + code);
            if (page.getByTestId("status").textContent().contains("Đã duyệt")) {
                break;
            }
            var forward = page.locator("button[data-primary=true]");
            if (forward.count() > 0) {
                forward.first().click();
                assertThat(page.getByTestId("done")).isVisible();
            }
        }
        Browser.staffOpens(page, "tiepnhan.02", "/ho-so/" + code);
        assertThat(page.getByTestId("status")).hasText("Đã duyệt");
        page.getByTestId("results-link").click();
        page.getByLabel("Số văn bản").fill("88/2026/XNTTHN");
        page.getByLabel("Ngày ký").fill("09/12/2026");
        page.getByLabel("Người ký").fill("Phạm Thị Mai");
        page.getByLabel("Chức vụ").fill("Phó Chủ tịch UBND phường");
        page.getByLabel("Bản điện tử", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Tệp kết quả").setInputFiles(new FilePayload("xac-nhan.pdf", "application/pdf",
                PdfSealsIT.pdf("Giay xac nhan tinh trang hon nhan " + UUID.randomUUID())));
        page.getByTestId("record").click();
        assertThat(page.getByTestId("result-recorded")).containsText(code + "-KQ1");

        Browser.citizenSignsIn(page, "congdan.an");
        page.navigate("/cong-dan/ho-so/" + code);
        Download download = page.waitForDownload(() -> page.getByTestId("my-result-download").first().click());
        byte[] result = Files.readAllBytes(download.path());
        page.navigate("/xac-minh-chu-ky");
        page.getByLabel("Tệp PDF").setInputFiles(new FilePayload("ket-qua.pdf", "application/pdf", result));
        page.getByTestId("verify").click();
        assertThat(page.getByTestId("verdict-summary")).containsText("Chữ ký số hợp lệ");
        assertThat(page.getByTestId("verdict-dossier")).containsText(code);
        Browser.screenshot(page, "verify-result-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(360, 780);
        Browser.screenshot(page, "verify-result-360-vi");
        page.setViewportSize(1366, 768);
    }
}
