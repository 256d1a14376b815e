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
        page.getByLabel("Thời điểm tiếp nhận").fill("2026-02-12T10:00");
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
}
