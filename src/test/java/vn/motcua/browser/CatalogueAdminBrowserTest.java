package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import vn.motcua.catalogue.domain.CatalogueTable;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The province administrator edits a procedure (a new version with an internal target and steps),
 * checks a bad file (every bad row listed), then imports a good one and watches the progress bar.
 */
@BrowserTest
class CatalogueAdminBrowserTest {

    @Test
    void an_admin_edits_a_procedure_into_a_new_version(Page page) {
        Browser.signIn(page, "quantri.nhom");
        page.getByTestId("admin-menu").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Danh mục thủ tục")).click();
        page.getByLabel("Tên hoặc mã thủ tục").fill("xac nhan tinh trang hon nhan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa: Cấp Giấy xác nhận tình trạng hôn nhân")).click();

        page.getByLabel("Chỉ tiêu nội bộ").fill("2");
        page.getByLabel("Đơn vị chỉ tiêu").selectOption("WORKING_DAYS");
        page.getByLabel("Các bước xử lý nội bộ").fill("Tiếp nhận hồ sơ | Bộ phận Một cửa | 1\nXác minh | Công chức tư pháp - hộ tịch | abc");
        page.getByTestId("save-version").click();
        assertThat(page.locator("#steps-error")).containsText("Dòng 2");
        Browser.screenshot(page, "catalogue-edit-error-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Các bước xử lý nội bộ").fill("Tiếp nhận hồ sơ | Bộ phận Một cửa | 1\nXác minh | Công chức tư pháp - hộ tịch | 8");
        page.getByTestId("save-version").click();
        assertThat(page.getByTestId("saved")).isVisible();
        assertThat(page.getByLabel("Chỉ tiêu nội bộ")).hasValue("2");
        Browser.screenshot(page, "catalogue-edit-saved-vi");
    }

    @Test
    void an_admin_checks_a_bad_file_then_imports_a_good_one_with_a_progress_bar(Page page) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        String header = String.join(",", CatalogueTable.COLUMNS) + "\n";
        Path bad = Files.writeString(dir.resolve("danh-muc-loi.csv"), header
                + "9.800001,Thủ tục A,Thử nghiệm trình duyệt,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n"
                + "9.800001,Thủ tục A trùng,Thử nghiệm trình duyệt,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n"
                + "9.800002,Thủ tục B,Thử nghiệm trình duyệt,COMMUNE,3,WEEKS,,false,COUNTER,,,,\n", StandardCharsets.UTF_8);
        var good = new StringBuilder(header);
        for (int i = 0; i < 3000; i++) {
            good.append(String.format("9.81%04d,Thủ tục thử nghiệm trình duyệt %d,Thử nghiệm trình duyệt,COMMUNE,%d,WORKING_DAYS,,false,COUNTER,,,,%n",
                    i, i, 1 + i % 15));
        }
        Path goodFile = Files.writeString(dir.resolve("danh-muc-dung.csv"), good, StandardCharsets.UTF_8);

        Browser.signIn(page, "quantri.nhom");
        page.navigate("/quan-tri/thu-tuc/nhap");
        page.getByLabel("Tệp danh mục (.csv hoặc .xlsx)").setInputFiles(bad);
        page.getByTestId("dry-run").click();
        assertThat(page.getByTestId("report-problems")).containsText("Tệp có 2 lỗi");
        assertThat(page.getByTestId("problem-table")).containsText("Mã thủ tục này đã có ở dòng 2");
        assertThat(page.getByTestId("problem-table")).containsText("WEEKS");
        Browser.screenshot(page, "catalogue-import-report-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.getByLabel("Tệp danh mục (.csv hoặc .xlsx)").setInputFiles(goodFile);
        page.getByTestId("import").click();
        assertThat(page.getByTestId("import-progress")).isVisible();
        Browser.screenshot(page, "catalogue-import-progress-vi");
        assertThat(page.getByTestId("import-state")).containsText("Đã nhập xong 3000 dòng",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(page.getByTestId("import-percent")).hasText("100%");
        Browser.screenshot(page, "catalogue-import-done-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }
}
