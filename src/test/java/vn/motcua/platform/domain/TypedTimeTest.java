package vn.motcua.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Times are read on the 24-hour clock as officers type them; anything else is refused. */
class TypedTimeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "10:00 | 10:00", "9:30 | 09:30", "17h | 17:00", "17h30 | 17:30", "17H30 | 17:30", "07.30 | 07:30",
            "1730 | 17:30", "' 8:05 ' | 08:05", "0:00 | 00:00", "23:59 | 23:59"})
    void a_time_is_read_on_the_24_hour_clock(String typed, LocalTime time) {
        assertThat(TypedTime.parse(typed)).isEqualTo(time);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"''", "chiều", "5 PM", "24:00", "17:60", "173", "17:3", "12/02/2026"})
    void anything_else_is_refused(String typed) {
        assertThatThrownBy(() -> TypedTime.parse(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("time.format"));
    }
}
