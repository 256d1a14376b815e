package vn.motcua.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application. Logic takes time from it, never from {@code now()}. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Vietnam's time zone: offices, due dates and slips are in local time. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
