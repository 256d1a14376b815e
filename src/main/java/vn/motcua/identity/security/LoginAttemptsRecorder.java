package vn.motcua.identity.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.platform.database.SharedCaches;
import vn.motcua.identity.domain.LockoutPolicy;
import vn.motcua.identity.persistence.StaffAccountRows;
import vn.motcua.identity.domain.LoginAttempts;

/** Counts wrong passwords per account, locks it by the {@link LockoutPolicy}, and resets on success. */
@Component
class LoginAttemptsRecorder {

    private final StaffAccountRows rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final LockoutPolicy policy;

    private final SharedCaches shared;

    LoginAttemptsRecorder(StaffAccountRows rows, AuditTrail audit, Clock clock, LockoutProperties lockout,
            SharedCaches shared) {
        this.shared = shared;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.policy = lockout.policy();
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        if (username == null) {
            return;
        }
        String normalized = username.strip().toLowerCase(java.util.Locale.ROOT);
        shared.changed(StaffAccounts.CACHE, normalized);
        Instant now = clock.instant();
        rows.attemptsForUpdate(normalized).ifPresent(before -> {
                    LoginAttempts after = before.afterFailure(now, policy);
                    save(normalized, after);
                    if (after.isLockedAt(now) && !before.isLockedAt(now)) {
                        audit.record(new AuditEntry(now, "system", null, "identity.account.locked", normalized,
                                after.failures() + " wrong passwords; locked until " + after.lockedUntil()));
                    }
                });
    }

    /** Any successful authentication (form or HTTP Basic) clears the count of wrong passwords. */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff && staff.hadFailures()) {
            rows.clearAttempts(staff.getUsername());
        }
    }

    /** A sign-in through the login form is audited; API calls with HTTP Basic are not, one by one. */
    @EventListener
    public void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff) {
            audit.record(new AuditEntry(clock.instant(), staff.getUsername(), staff.officeCode(),
                    "identity.signed-in", staff.getUsername(), null));
        }
    }

    private void save(String username, LoginAttempts attempts) {
        rows.saveAttempts(username, attempts);
    }
}
