package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The proposal of a year's holidays that an administrator reviews before anything is applied. */
class HolidayProposalTest {

    private static List<LocalDate> dates(int year) {
        return HolidayProposal.forYear(year).stream().map(DayException::date).toList();
    }

    @Test
    void the_2026_proposal_matches_the_official_tet_and_national_day_on_weekdays() {
        assertThat(dates(2026)).contains(
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"), LocalDate.parse("2026-02-18"),
                LocalDate.parse("2026-02-19"), LocalDate.parse("2026-02-20"),
                LocalDate.parse("2026-04-27"),   // Hùng Kings on Sunday 26 April: Monday off
                LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-02"));
    }

    @Test
    void tet_is_named_after_the_lunar_year() {
        assertThat(HolidayProposal.forYear(2026)).anySatisfy(d -> assertThat(d.name()).isEqualTo("Tết Nguyên đán Bính Ngọ"));
        assertThat(HolidayProposal.forYear(2027)).anySatisfy(d -> assertThat(d.name()).isEqualTo("Tết Nguyên đán Đinh Mùi"));
    }

    @ParameterizedTest(name = "{0}: {1} off in lieu of {2}")
    @CsvSource({
            "2027, 2027-05-03, 2027-05-01",   // Labour Day on Saturday
            "2028, 2028-01-03, 2028-01-01",   // New Year's Day on Saturday
    })
    void a_holiday_on_a_weekend_gives_the_next_working_day_off(int year, LocalDate inLieu, LocalDate holiday) {
        assertThat(HolidayProposal.forYear(year))
                .anySatisfy(d -> {
                    assertThat(d.date()).isEqualTo(inLieu);
                    assertThat(d.note()).contains(holiday.toString());
                });
    }

    @Test
    void every_year_has_eleven_holidays_and_compensation_days_fall_on_weekdays_without_repeats() {
        IntStream.rangeClosed(2027, 2060).forEach(year -> {
            var days = HolidayProposal.forYear(year);
            assertThat(days.stream().filter(d -> !d.name().endsWith("(nghỉ bù)"))).hasSize(11);
            assertThat(days.stream().map(DayException::date).distinct()).hasSameSizeAs(days);
            assertThat(days).filteredOn(d -> d.name().endsWith("(nghỉ bù)"))
                    .allSatisfy(d -> assertThat(d.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        });
    }
}
