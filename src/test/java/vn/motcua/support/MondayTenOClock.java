package vn.motcua.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock stopped at Monday 30 November 2026, 10:00 in Vietnam, for tests of what depends on the
 * weekday (the service models). Test classes that import it share one Spring context.
 */
@TestConfiguration
public class MondayTenOClock {

    public static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");

    @Bean
    @Primary
    Clock mondayTenOClock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
