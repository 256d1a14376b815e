package vn.motcua.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginAttemptsTest {

    private static final LockoutPolicy FIVE_FOR_15_MINUTES = new LockoutPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    private static LoginAttempts failures(int count, Instant at) {
        LoginAttempts attempts = LoginAttempts.none();
        for (int i = 0; i < count; i++) {
            attempts = attempts.afterFailure(at, FIVE_FOR_15_MINUTES);
        }
        return attempts;
    }

    @ParameterizedTest(name = "{0} wrong passwords in a row: locked = {1}")
    @CsvSource({"1, false", "4, false", "5, true", "6, true"})
    void the_account_locks_at_the_fifth_wrong_password(int count, boolean locked) {
        assertThat(failures(count, T0).isLockedAt(T0)).isEqualTo(locked);
    }

    @Test
    void the_lock_lasts_the_policy_duration() {
        LoginAttempts locked = failures(5, T0);
        assertThat(locked.isLockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(locked.isLockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock() {
        LoginAttempts locked = failures(5, T0);
        assertThat(locked.afterFailure(T0.plusSeconds(60), FIVE_FOR_15_MINUTES)).isEqualTo(locked);
    }

    @Test
    void after_the_lock_expires_counting_starts_again() {
        Instant later = T0.plus(Duration.ofMinutes(20));
        LoginAttempts again = failures(5, T0).afterFailure(later, FIVE_FOR_15_MINUTES);
        assertThat(again.failures()).isEqualTo(1);
        assertThat(again.isLockedAt(later)).isFalse();
    }

    @Test
    void a_success_clears_the_count() {
        assertThat(failures(4, T0).afterSuccess()).isEqualTo(LoginAttempts.none());
    }
}
