package vn.motcua.identity.security;

import vn.motcua.platform.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A matched password is remembered for its time to live; a wrong or changed one never is. */
class VerifiedPasswordsTest {

    /** Counts the expensive checks; "hash:x" matches password "x". */
    static final class Counting implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    }

    @Test
    void a_matched_password_is_checked_once_until_it_expires() {
        var counting = new Counting();
        var clock = new MovableClock();
        var passwords = new VerifiedPasswords(counting, clock, Duration.ofMinutes(10), 100);
        assertThat(passwords.matches("MotCua@2026", "hash:MotCua@2026")).isTrue();
        assertThat(passwords.matches("MotCua@2026", "hash:MotCua@2026")).isTrue();
        assertThat(counting.checks).hasValue(1);
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(passwords.matches("MotCua@2026", "hash:MotCua@2026")).isTrue();
        assertThat(counting.checks).hasValue(2);
    }

    @Test
    void a_wrong_or_changed_password_is_always_checked_and_refused() {
        var counting = new Counting();
        var passwords = new VerifiedPasswords(counting, new MovableClock(), Duration.ofMinutes(10), 100);
        assertThat(passwords.matches("old", "hash:old")).isTrue();
        assertThat(passwords.matches("wrong", "hash:old")).isFalse();
        assertThat(passwords.matches("wrong", "hash:old")).isFalse();
        assertThat(passwords.matches("old", "hash:new")).isFalse();
        assertThat(counting.checks).hasValue(4);
    }
}
