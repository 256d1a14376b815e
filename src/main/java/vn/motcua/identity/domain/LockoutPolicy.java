package vn.motcua.identity.domain;

import java.time.Duration;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/** After {@code maxFailures} wrong passwords in a row, the account is locked for {@code lockDuration}. */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public LockoutPolicy {
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (maxFailures < 1) {
            throw new InvalidValueException("lockout.maxFailures", "At least one failure must be allowed");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new InvalidValueException("lockout.duration", "A lock must last some time");
        }
    }
}
