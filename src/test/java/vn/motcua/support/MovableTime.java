package vn.motcua.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock, set by the test to a moment of Vietnam time ({@code time.set("2026-12-05T22:00")}) and
 * moved on by hand: for journeys across days (sent on Saturday evening, checked on Monday). Never the machine's
 * time. Test classes that import it share one Spring context, and each sets the moments it needs.
 */
@TestConfiguration
public class MovableTime {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-12-02T03:00:00Z"));

    @Bean
    @Primary
    Clock movableClock() {
        return new Moving(VIETNAM);
    }

    /** Sets the application's time to a moment of Vietnam time. */
    public static void set(String localDateTime) {
        NOW.set(LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant());
    }

    private static final class Moving extends Clock {
        private final ZoneId zone;

        Moving(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moving(other);
        }

        @Override
        public Instant instant() {
            return NOW.get();
        }
    }
}
