package vn.motcua.identity.security;

import java.time.Clock;
import java.time.Instant;

import vn.motcua.platform.domain.Remembered;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.motcua.identity.StaffPrincipal;
import vn.motcua.identity.domain.LoginAttempts;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;

/** Loads the member of staff who signs in, with their office and whether the account is locked now. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Offices offices;
    private final Clock clock;
    /** Office names change rarely: remembered for a minute, so API calls do not look them up every time. */
    private final Remembered<String, String> officeNames;

    StaffUserDetailsService(JdbcClient jdbc, Offices offices, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.clock = clock;
        this.officeNames = new Remembered<>(java.time.Duration.ofMinutes(1));
        this.recent = new Remembered<>(REMEMBERED);
    }

    /** An account row as read, kept a few seconds for API clients that sign in on every request. */
    private record Row(String username, String fullName, String office, java.util.Set<StaffRole> roles, boolean enabled,
            LoginAttempts attempts, String passwordHash) {
    }

    /** How long an account without wrong passwords is reused; a wrong password forgets it at once. */
    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(5);

    private final Remembered<String, Row> recent;

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        Row row = recent.peek(normalized).orElse(null);
        if (row == null) {
            row = load(normalized);
            if (row.attempts().failures() == 0 && row.attempts().lockedUntil() == null) {
                recent.put(normalized, row);
            }
        }
        // A fresh principal every time: authentication erases the password hash of the one it used.
        return new StaffPrincipal(row.username(), row.fullName(), row.office(), officeName(row.office()), row.roles(),
                row.enabled(), row.attempts().isLockedAt(now), row.passwordHash())
                .withFailures(row.attempts().failures() > 0 || row.attempts().lockedUntil() != null);
    }

    /** Forgets the account, so that the next sign-in reads its state (failures, lock) from the database. */
    void forget(String username) {
        recent.forget(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private Row load(String normalized) {
        return jdbc.sql("""
                select username, full_name, office_code, roles, enabled, failed_attempts, locked_until, password_hash
                from staff_account where username = ?
                """)
                .param(normalized)
                .query((rs, n) -> new Row(rs.getString("username"), rs.getString("full_name"), rs.getString("office_code"),
                        Arrays.stream((String[]) rs.getArray("roles").getArray()).map(StaffRole::parse).collect(Collectors.toSet()),
                        rs.getBoolean("enabled"), new LoginAttempts(rs.getInt("failed_attempts"),
                                rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()),
                        rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private String officeName(String code) {
        return officeNames.get(code, c -> offices.find(AgencyCode.of(c)).map(Agency::name).orElse(c));
    }
}
