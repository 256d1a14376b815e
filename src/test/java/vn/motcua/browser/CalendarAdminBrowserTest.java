package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** An administrator tries a due date across Tết on the month grid, and reviews next year's proposal. */
@BrowserTest
class CalendarAdminBrowserTest {

    @Test
    void trying_a_due_date_highlights_the_days_counted_around_tet(Page page) {
        Browser.signIn(page, "quantri.03");
        page.getByTestId("admin-menu").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch làm việc")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lịch làm việc");
        page.getByLabel("Ngày tiếp nhận").fill("12022026");
        assertThat(page.locator("#receivedOn-understood")).containsText("12/02/2026");
        page.getByLabel("Giờ tiếp nhận").fill("10h");
        page.getByLabel("Thời hạn").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tính")).click();
        assertThat(page.getByTestId("try-result")).containsText("Hẹn trả: 17:00 24/02/2026");
        assertThat(page.getByTestId("month")).hasText("Tháng 2 năm 2026");
        assertThat(page.locator("td[data-counted=true]")).hasCount(3);
        assertThat(page.locator("td[data-date='2026-02-17']")).containsText("Tết Nguyên đán Bính Ngọ");
        Browser.screenshot(page, "calendar-try-it-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void a_bad_weekly_session_is_explained_next_to_the_field(Page page) {
        Browser.signIn(page, "quantri.03");
        page.navigate("/quan-tri/lich/H99.03");
        page.locator("#tuesday").fill("07:30-11:30, 11:00-17:00");
        page.getByTestId("week-form").getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#tuesday-error")).containsText("không chồng lên nhau");
        assertThat(page.locator("#tuesday")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        // the summary at the top has the focus and links to the field, far below the fold
        assertThat(page.getByTestId("error-summary")).isFocused();
        page.getByTestId("error-summary").locator("a[href='#tuesday']").click();
        assertThat(page.locator("#tuesday")).isInViewport();
        Browser.screenshot(page, "calendar-week-error-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void the_group_administrator_reviews_the_proposal_for_next_year(Page page) {
        Browser.signIn(page, "quantri.nhom");
        page.navigate("/quan-tri/ngay-le?year=2027");
        page.getByTestId("propose").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Đề xuất ngày nghỉ lễ năm 2027");
        assertThat(page.getByTestId("proposal")).containsText("Tết Nguyên đán Đinh Mùi");
        assertThat(page.getByTestId("proposal")).containsText("Giỗ Tổ Hùng Vương");
        Browser.screenshot(page, "holiday-proposal-2027-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
    }

    @Test
    void a_saturday_reception_is_previewed_and_saved_as_reception_only(Page page) {
        Browser.signIn(page, "quantri.03");
        page.navigate("/quan-tri/lich/H99.03?month=2031-03");
        var form = page.getByTestId("extra-form");
        form.getByLabel("Tên buổi").fill("Tiếp nhận sáng thứ Bảy");
        form.getByLabel("Thứ Bảy").check();
        form.getByLabel("Bắt đầu").fill("07:30");
        form.getByLabel("Kết thúc").fill("11:30");
        form.getByLabel("Từ ngày").fill("01/03/2031");
        form.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("preview")).isFocused();
        // from 2031 on: no day of the next 90 changes, and no dossier; the page only asks what the session counts for
        assertThat(page.getByTestId("preview")).containsText("ngày cán bộ giải quyết hồ sơ không làm việc");
        Browser.screenshot(page, "calendar-preview-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(360, 780);
        Browser.screenshot(page, "calendar-preview-360-vi");
        assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();
        page.setViewportSize(1366, 768);
        page.getByLabel(java.util.regex.Pattern.compile("^Chỉ tiếp nhận hồ sơ")).check();
        page.getByTestId("preview-confirm").click();
        assertThat(page.getByTestId("extra-sessions")).containsText("Tiếp nhận sáng thứ Bảy");
        assertThat(page.getByTestId("extra-sessions")).containsText("Chỉ tiếp nhận");
        page.navigate("/quan-tri/lich/H99.03?month=2031-03");
        assertThat(page.locator("td[data-date='2031-03-08']")).containsText("Chỉ tiếp nhận");
        assertThat(page.locator("td[data-date='2031-03-08']")).hasAttribute("data-kind", "WEEKEND");
    }
}
