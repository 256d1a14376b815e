package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinnedMomentTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2026-12-03T17:30, 2026-12-03T10:30:00Z",
            "2026-11-30T07:10, 2026-11-30T00:10:00Z",
            "2026-12-03T17:30:00+07:00, 2026-12-03T10:30:00Z",
            "2026-12-03T10:30:00Z, 2026-12-03T10:30:00Z",
            "' 2026-12-02T10:00 ', 2026-12-02T03:00:00Z"})
    void a_moment_without_an_offset_is_vietnam_time(String text, String instant) {
        assertThat(PinnedMoment.parse(text, VIETNAM)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource({"thursday", "2026-12-03", "17:30", "2026-13-01T10:00"})
    void anything_else_stops_the_start_with_a_message_naming_the_property(String text) {
        assertThatThrownBy(() -> PinnedMoment.parse(text, VIETNAM)).hasMessageContaining("motcua.clock.fixed");
    }
}
