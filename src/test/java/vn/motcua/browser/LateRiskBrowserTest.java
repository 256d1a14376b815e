package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.Page;

import vn.motcua.demo.history.DemoHistoryFixture;
import vn.motcua.demo.history.HistoryLoader;
import vn.motcua.dossier.LateRisks;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.MovableTime;

/**
 * Hồng Hà's work list replayed on the morning of 13 October 2021, the day after the land registry branch let a
 * consultation pass its deadline: the dossier shows "Nguy cơ trễ hạn" with the chance and the consultation that makes
 * it risky, nearly four weeks before its due date, on a desk's screen and on a phone.
 */
@BrowserTest
@Import(MovableTime.class)
class LateRiskBrowserTest {

    static final AgencyCode HONG_HA = AgencyCode.of("H99.02");

    @Autowired
    HistoryLoader loader;

    @Autowired
    LateRisks risks;


    @Test
    void the_work_list_flags_the_dossier_held_up_by_an_overdue_consultation(Page page) {
        DemoHistoryFixture.hongHa2021(loader);
        MovableTime.set("2021-10-13T07:30");
        risks.learnNow(HONG_HA);
        page.setViewportSize(1366, 768);
        Browser.signIn(page, "lanhdao.02");
        page.navigate("/ho-so?tab=tat-ca&q=H99.02-211007-0007");
        var flag = page.getByTestId("late-risk");
        assertThat(flag).hasText("Nguy cơ trễ hạn 67 %");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHas(flag))).containsText("Chi nhánh Văn phòng đăng ký đất đai");
        Browser.screenshot(page, "late-risk-work-list-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(page)).isEmpty();

        page.setViewportSize(360, 780);
        page.reload();
        assertThat(page.getByTestId("late-risk")).isVisible();
        Browser.screenshot(page, "late-risk-work-list-phone-vi");
    }

    @AfterEach
    void forgetTheReplay() {
        risks.forget(HONG_HA);
    }
}
