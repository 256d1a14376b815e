package vn.motcua.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.identity.domain.LockoutPolicy;
import vn.motcua.identity.domain.LoginAttempts;

/** Counts wrong passwords per account, locks it by the {@link LockoutPolicy}, and resets on success. */
@Component
class LoginAttemptsRecorder {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final LockoutPolicy policy;

    private final StaffUserDetailsService accounts;

    LoginAttemptsRecorder(JdbcClient jdbc, AuditTrail audit, Clock clock, LockoutProperties lockout,
            StaffUserDetailsService accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
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
        accounts.forget(normalized);
        Instant now = clock.instant();
        jdbc.sql("select failed_attempts, locked_until from staff_account where username = ? for update")
                .param(normalized)
                .query((rs, n) -> new LoginAttempts(rs.getInt(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional()
                .ifPresent(before -> {
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
            jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null "
                    + "where username = ? and (failed_attempts > 0 or locked_until is not null)")
                    .param(staff.getUsername())
                    .update();
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
        jdbc.sql("update staff_account set failed_attempts = ?, locked_until = ? where username = ?")
                .params(attempts.failures(),
                        attempts.lockedUntil() == null ? null : Timestamp.from(attempts.lockedUntil()), username)
                .update();
    }
}
