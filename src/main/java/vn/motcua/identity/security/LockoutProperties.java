package vn.motcua.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.motcua.identity.domain.LockoutPolicy;

/** {@code motcua.security.lockout.*}: how many wrong passwords lock an account, and for how long. */
@ConfigurationProperties("motcua.security.lockout")
record LockoutProperties(Integer maxFailures, Duration duration) {

    LockoutPolicy policy() {
        return new LockoutPolicy(maxFailures == null ? 5 : maxFailures,
                duration == null ? Duration.ofMinutes(15) : duration);
    }
}
