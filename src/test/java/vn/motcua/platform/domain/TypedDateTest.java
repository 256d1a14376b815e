package vn.motcua.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates are read day first, as officers type them; what cannot be read unambiguously is refused, never guessed. */
class TypedDateTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "05/06/2026   | 2026-06-05",
            "5/6/2026     | 2026-06-05",
            "05-06-2026   | 2026-06-05",
            "05.06.2026   | 2026-06-05",
            "05 06 2026   | 2026-06-05",
            "05 / 06 / 2026 | 2026-06-05",
            "05062026     | 2026-06-05", // not 6 May: the browser's date control took it so
            "' 31122025 ' | 2025-12-31",
            "29/02/2024   | 2024-02-29",
            "2026-06-05   | 2026-06-05", // ISO, as APIs and stored values write it
            "1/1/1950     | 1950-01-01"})
    void a_date_is_read_day_first(String typed, LocalDate date) {
        assertThat(TypedDate.parse(typed)).isEqualTo(date);
        assertThat(TypedDate.isDate(typed)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "''           | date.format",
            "hôm nay      | date.format",
            "0506         | date.format",
            "050626       | date.format", // six digits: which century?
            "5/6/26       | date.year",
            "05/06/02026  | date.year",
            "31/02/2026   | date.day",
            "29/02/2025   | date.day",
            "00/06/2026   | date.day",
            "05/13/2026   | date.day", // month first is not read as 13 May
            "2026/06/05   | date.format"})
    void what_cannot_be_read_unambiguously_is_refused(String typed, String code) {
        assertThatThrownBy(() -> TypedDate.parse(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(TypedDate.isDate(typed)).isFalse();
    }
}
