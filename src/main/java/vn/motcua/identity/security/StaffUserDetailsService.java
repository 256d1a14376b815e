package vn.motcua.identity.security;

import java.time.Clock;
import java.time.Instant;

import vn.motcua.platform.database.SharedCaches;
import vn.motcua.platform.domain.Remembered;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.identity.persistence.StaffAccountRows;
import vn.motcua.identity.persistence.StaffAccountRows.SignIn;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;

/** Loads the member of staff who signs in, with their office and whether the account is locked now. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRows rows;
    private final Offices offices;
    private final Clock clock;
    /** Office names change rarely: remembered for a minute, so API calls do not look them up every time. */
    private final Remembered<String, String> officeNames;

    StaffUserDetailsService(StaffAccountRows rows, Offices offices, Clock clock, SharedCaches shared) {
        this.rows = rows;
        this.offices = offices;
        this.clock = clock;
        this.officeNames = new Remembered<>(java.time.Duration.ofMinutes(1));
        this.recent = new Remembered<>(REMEMBERED);
        shared.register(StaffAccounts.CACHE, recent, username -> username);
        shared.register(Offices.NAMES, officeNames, code -> code);
    }

    /** How long an account without wrong passwords is reused; a wrong password forgets it at once. */
    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(5);

    private final Remembered<String, SignIn> recent;

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        SignIn row = recent.peek(normalized).orElse(null);
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

    /** An account as read, kept a few seconds for API clients that sign in on every request. */
    private SignIn load(String normalized) {
        return rows.signIn(normalized).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private String officeName(String code) {
        return officeNames.get(code, c -> offices.find(AgencyCode.of(c)).map(Agency::name).orElse(c));
    }
}
