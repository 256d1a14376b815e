package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.MovableTime;

/**
 * A citizen on a phone asks when to come: from the procedure's page, An Tân's Thursday gives the result the same day;
 * Ba Vì's office page leads to its coming days, the 9th hour named among them.
 */
@BrowserTest
@Import(MovableTime.class)
class WhenToComeBrowserTest {

    @Test
    void a_citizen_finds_the_same_day_thursday_at_an_tan_and_the_9th_hour_at_ba_vi(Page page) {
        MovableTime.set("2026-12-08T20:00");
        page.setViewportSize(360, 740);
        page.navigate("/thu-tuc/1.004873");
        page.getByTestId("when-to-come").click();
        page.getByTestId("when-office").getByText("Xã An Tân").click();
        assertThat(page.locator("[data-day='2026-12-10'] [data-testid=same-day]")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.locator("[data-day='2026-12-09'] [data-testid=same-day]").count()).isZero();
        assertThat(page.locator("main")).containsText("Mức đông thường gặp");
        Browser.screenshot(page, "when-to-come-360-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.setViewportSize(1366, 768);
        page.navigate("/don-vi/H99.04");
        page.getByTestId("office-when").click();
        assertThat(page.locator("[data-day='2026-12-10']")).containsText("Giờ làm việc thứ 9");
        assertThat(page.getByTestId("when-days")).isVisible();
        Browser.screenshot(page, "when-to-come-ba-vi-vi");
    }
}
