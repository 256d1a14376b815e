package vn.motcua.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Logic takes time from it, never from {@code now()}.
 *
 * <p>{@code motcua.clock.fixed} stops it at a moment (Vietnam time, e.g. {@code 2026-12-03T17:30}): the test
 * profile pins every test to one moment, and CI runs the browser tier again at the hours the service models
 * change. Unset, the clock is the system's.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Vietnam's time zone: offices, due dates and slips are in local time. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Logger log = LoggerFactory.getLogger(TimeConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${motcua.clock.fixed:}") String fixed) {
        if (fixed.isBlank()) {
            return Clock.system(VIETNAM);
        }
        Clock pinned = Clock.fixed(PinnedMoment.parse(fixed, VIETNAM), VIETNAM);
        log.warn("The clock is pinned at {} (motcua.clock.fixed): time does not pass in this application", pinned.instant()
                .atZone(VIETNAM).toLocalDateTime());
        return pinned;
    }
}
