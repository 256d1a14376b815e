package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A report's period is named as leaders name it: a year, a quarter, a month; anything else is not a name. */
class PeriodKindTest {

    @ParameterizedTest
    @CsvSource({
            "2021,      2021-01-01, 2021-12-31, Năm 2021",
            "2021-Q1,   2021-01-01, 2021-03-31, Quý I/2021",
            "2024-Q4,   2024-10-01, 2024-12-31, Quý IV/2024",
            "2024-02,   2024-02-01, 2024-02-29, Tháng 2/2024",
            "' 2023-11 ', 2023-11-01, 2023-11-30, Tháng 11/2023"})
    void a_named_period_covers_its_days(String text, LocalDate from, LocalDate to, String label) {
        var period = PeriodKind.named(text).orElseThrow();
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "21", "2021-Q5", "2021-13", "2021-00", "1999", "abcd", "2021-Q", "2021/03"})
    void anything_else_is_not_a_named_period(String text) {
        assertThat(PeriodKind.named(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void the_quick_choices_are_this_and_last_month_quarter_and_year() {
        var choices = PeriodKind.choices(LocalDate.of(2026, 1, 15)).stream().map(PeriodKind::key).toList();
        assertThat(choices).containsExactly("2026-01", "2025-12", "2026-Q1", "2025-Q4", "2026", "2025");
    }
}
