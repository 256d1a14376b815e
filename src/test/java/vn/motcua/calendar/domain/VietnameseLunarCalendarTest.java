package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lunar dates computed for Vietnam's time zone, checked against published Vietnamese calendars. */
class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
            "1985, 1985-01-21",   // China: 20 February — the months differ that year
            "2007, 2007-02-17",   // China: 18 February
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
    })
    void tet_is_the_first_day_of_the_first_lunar_month_in_utc_plus_7(int year, LocalDate tet) {
        assertThat(VietnameseLunarCalendar.newYear(year)).isEqualTo(tet);
    }

    @ParameterizedTest(name = "Hùng Kings {0} is {1}")
    @CsvSource({
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26",
            "2027, 2027-04-16",
    })
    void the_hung_kings_commemoration_is_the_10th_day_of_the_3rd_lunar_month(int year, LocalDate day) {
        assertThat(VietnameseLunarCalendar.date(year, 3, 10)).isEqualTo(day);
    }
}
