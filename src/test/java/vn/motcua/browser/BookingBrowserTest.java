package vn.motcua.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.MovableTime;
import vn.motcua.support.RunUnique;

/**
 * A worker books Ba Vì's Thursday 9th hour on a phone, without signing in, from the procedure's page; a holiday shows
 * no time to book; on the day, the booking code typed at the kiosk gives a ticket served first from the booked time.
 */
@BrowserTest
@Import(MovableTime.class)
class BookingBrowserTest {

    @Test
    void a_worker_books_the_thursday_9th_hour_on_a_phone_and_takes_the_ticket_with_the_code(Page phone, Page kiosk) {
        // a Thursday of a year no earlier run used: its slots are free (CI runs the suite twice on one database)
        LocalDate thursday = LocalDate.of(2100 + Integer.parseInt(RunUnique.digits(3)) % 800, 3, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        MovableTime.set(thursday.minusDays(2) + "T20:30");
        phone.setViewportSize(360, 740);
        phone.navigate("/thu-tuc/1.004873");
        phone.getByTestId("book-slot").click();
        phone.getByTestId("booking-office").getByText("Huyện Ba Vì").click();
        phone.locator("[data-day='" + thursday + "'] summary").click();
        phone.locator("label[for='slot-" + thursday + "T17:00']").click();
        phone.getByLabel("Họ và tên").fill("Đỗ Văn Công");
        phone.getByLabel("Số điện thoại").fill("0912 345 678");
        Browser.screenshot(phone, "booking-new-360-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(phone)).isEmpty();
        phone.getByTestId("book").click();
        assertThat(phone.getByTestId("booking-time")).containsText("17:00–17:30");
        assertThat(phone.getByTestId("booking-who")).hasText("Đ. V. C. · *******678");
        String code = phone.getByTestId("booking-code").textContent().strip();
        Browser.screenshot(phone, "booking-360-vi");
        org.assertj.core.api.Assertions.assertThat(Browser.seriousAccessibilityViolations(phone)).isEmpty();

        MovableTime.set("2026-08-31T09:00");
        phone.navigate("/dat-lich?thuTuc=1.004873&donVi=H99.04");
        assertThat(phone.locator("[data-day='2026-09-02'] [data-testid=day-off]")).containsText("Ngày nghỉ");
        org.assertj.core.api.Assertions.assertThat(phone.locator("[data-day='2026-09-02'] [data-testid=booking-slot]").count()).isZero();

        MovableTime.set(thursday + "T16:45");
        Browser.staffOpens(phone, "quantri.04", "/quan-tri/kiosk");
        phone.getByLabel("Tên máy").fill("Ki-ốt đặt lịch");
        phone.getByTestId("issue-kiosk").click();
        String address = phone.getByTestId("kiosk-address").textContent().strip();
        kiosk.setViewportSize(1080, 1920);
        kiosk.navigate(address);
        kiosk.getByLabel("Đã đặt lịch hẹn? Nhập mã đặt lịch").fill(code.toLowerCase());
        kiosk.getByTestId("kiosk-check-in").click();
        assertThat(kiosk.getByTestId("ticket-number")).isVisible();
        assertThat(kiosk.locator("main")).containsText("Đặt lịch hẹn");
        kiosk.navigate(address.replaceAll("\\?.*", ""));
        kiosk.getByLabel("Đã đặt lịch hẹn? Nhập mã đặt lịch").fill(code);
        kiosk.getByTestId("kiosk-check-in").click();
        assertThat(kiosk.getByTestId("kiosk-error")).containsText("đã hủy hoặc đã lấy số");
    }
}
