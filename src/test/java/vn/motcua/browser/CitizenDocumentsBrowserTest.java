package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** A citizen keeps a paper in "Kho giấy tờ" on a phone: a wrong file is refused in words, a right one kept. */
@BrowserTest
class CitizenDocumentsBrowserTest {

    @Test
    void a_citizen_adds_a_paper_on_a_phone_after_a_refused_file(Page page) {
        page.setViewportSize(360, 780);
        page.navigate("/cong-dan/dang-nhap");
        page.getByTestId("citizen-sign-in").click();
        page.getByLabel("Tên đăng nhập").fill("congdan.binh");
        page.getByLabel("Mật khẩu").fill("CongDan@2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.navigate("/cong-dan/kho-giay-to");

        page.getByLabel("Loại giấy tờ").fill("Giấy chứng nhận kết hôn");
        page.getByLabel("Tệp").setInputFiles(new FilePayload("ket-hon.pdf", "application/pdf",
                "không phải PDF".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào kho")).click();
        assertThat(page.getByTestId("file-error")).containsText("không phải PDF, JPG hay PNG");
        assertThat(page.getByLabel("Loại giấy tờ")).hasValue("Giấy chứng nhận kết hôn");
        Browser.screenshot(page, "citizen-documents-refused-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Tệp").setInputFiles(new FilePayload("ket-hon.pdf", "application/pdf",
                "%PDF-1.7\n% giấy chứng nhận kết hôn".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm vào kho")).click();
        assertThat(page.getByTestId("document-added")).containsText("Giấy chứng nhận kết hôn");
        assertThat(page.getByTestId("documents")).containsText("ket-hon.pdf");
        Browser.screenshot(page, "citizen-documents-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1366, 768);
        Browser.screenshot(page, "citizen-documents-vi");
    }
}
