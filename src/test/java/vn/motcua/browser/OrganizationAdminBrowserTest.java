package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The group administrator finds a commune by typing without diacritics, gives it a one-stop desk with a
 * counter, seats a receptionist at it with the fields she handles, and records a code's successor.
 */
@BrowserTest
class OrganizationAdminBrowserTest {

    @Test
    void an_admin_sets_up_a_desk_and_seats_a_receptionist_at_a_counter(Page page) {
        Browser.signIn(page, "quantri.nhom");
        page.getByTestId("admin-menu").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đơn vị").setExact(true)).click();
        page.getByLabel("Tìm theo tên hoặc mã").fill("xa vinh thanh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tìm")).click();
        assertThat(page.getByTestId("offices").locator("tbody tr")).hasCount(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Xã Vĩnh Thạnh")).click();

        Locator desk = page.getByTestId("desk").filter(new Locator.FilterOptions()
                .setHasText("Bộ phận Một cửa UBND xã Vĩnh Thạnh"));
        page.getByLabel("Tên Bộ phận Một cửa").fill("Bộ phận Một cửa UBND xã Vĩnh Thạnh");
        page.getByLabel("Địa chỉ").fill("Ấp 3, xã Vĩnh Thạnh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm Bộ phận Một cửa")).click();
        assertThat(desk).isVisible();
        desk.getByLabel("Tên quầy").fill("Hộ tịch - Chứng thực");
        desk.getByLabel("Lĩnh vực (ngăn cách bằng ;)").fill("Hộ tịch; Chứng thực");
        desk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm quầy")).click();
        assertThat(desk).containsText("Quầy 1 — Hộ tịch - Chứng thực");
        desk.getByLabel("Tên quầy").fill("Đất đai");
        desk.getByLabel("Số quầy").fill("1");
        desk.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm quầy")).click();
        assertThat(page.getByTestId("error")).hasText("Số quầy này đã có.");
        Browser.screenshot(page, "office-desks-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.navigate("/quan-tri/can-bo?office=H99.06");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đặng Thị Thu")).click();
        page.getByLabel("Quầy").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Quầy 1 — Hộ tịch - Chứng thực"));
        page.getByLabel("Hộ tịch").check();
        page.getByTestId("save-staff").click();
        assertThat(page.getByTestId("saved")).isVisible();
        assertThat(page.getByLabel("Hộ tịch")).isChecked();
        Browser.screenshot(page, "staff-edit-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }
}
