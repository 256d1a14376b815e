package vn.motcua.identity.domain;

import java.time.Instant;

/**
 * Consecutive failed sign-ins of one account and, once too many, until when it is locked.
 * A failure after a lock has expired starts counting again from one.
 */
public record LoginAttempts(int failures, Instant lockedUntil) {

    public static LoginAttempts none() {
        return new LoginAttempts(0, null);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public LoginAttempts afterFailure(Instant now, LockoutPolicy policy) {
        if (isLockedAt(now)) {
            return this;
        }
        int counted = (lockedUntil == null ? failures : 0) + 1;
        if (counted >= policy.maxFailures()) {
            return new LoginAttempts(counted, now.plus(policy.lockDuration()));
        }
        return new LoginAttempts(counted, null);
    }

    public LoginAttempts afterSuccess() {
        return none();
    }
}
