package vn.motcua.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.WorkingSession;

/** When a kiosk gives tickets, rule by rule, on a Thursday with Ba Vì's 9th hour and on a holiday. */
class KioskHoursTest {

    static final DaySchedule THURSDAY = new DaySchedule(LocalDate.of(2026, 12, 3), DayKind.WORKING_DAY, null, List.of(
            WorkingSession.of("07:30", "11:30"), WorkingSession.of("13:30", "17:00"),
            new WorkingSession(LocalTime.of(17, 0), LocalTime.of(18, 0), "Giờ làm việc thứ 9")));
    static final DaySchedule HOLIDAY = new DaySchedule(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "Tết Dương lịch", List.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "before the doors open, a queue forms: tickets from 30 minutes before | 07:00 | true",
            "too early                                                           | 06:59 | false",
            "in the morning session                                              | 09:15 | true",
            "at lunch, before the afternoon's 30 minutes                         | 12:30 | false",
            "at lunch, within the afternoon's 30 minutes                         | 13:00 | true",
            "in the 9th hour                                                     | 17:45 | true",
            "after the 9th hour                                                  | 18:00 | false"})
    void a_kiosk_gives_tickets_in_the_desk_s_sessions_and_shortly_before(String rule, String time, boolean gives) {
        assertThat(KioskHours.of(THURSDAY, 30).givesAt(LocalTime.parse(time))).isEqualTo(gives);
    }

    @ParameterizedTest(name = "a holiday gives no ticket at {0}")
    @CsvSource({"07:30", "10:00", "17:30"})
    void a_holiday_gives_no_ticket(String time) {
        var hours = KioskHours.of(HOLIDAY, 30);
        assertThat(hours.givesAt(LocalTime.parse(time))).isFalse();
        assertThat(hours.dayOff()).isEqualTo("Tết Dương lịch");
    }

    @ParameterizedTest(name = "shown as {1}")
    @CsvSource(delimiter = '|', value = {"30 | 07:30–11:30, 13:30–17:00, 17:00–18:00"})
    void the_hours_are_shown_as_the_kiosk_says_them(int before, String shown) {
        assertThat(KioskHours.of(THURSDAY, before).shown()).isEqualTo(shown);
    }
}
