package vn.motcua.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The moment of {@code motcua.clock.fixed}: a local date-time of the given zone, or one with an offset or {@code Z}. */
final class PinnedMoment {

    private PinnedMoment() {
    }

    static Instant parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("motcua.clock.fixed must be a date-time such as 2026-12-03T17:30"
                        + " (Vietnam time) or 2026-12-03T10:30:00Z, not '" + value + "'", e);
            }
        }
    }
}
