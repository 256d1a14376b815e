package vn.motcua.identity.security;

import java.time.Clock;
import java.time.Instant;
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
    private final java.util.Map<String, CachedName> officeNames = new java.util.concurrent.ConcurrentHashMap<>();

    StaffUserDetailsService(JdbcClient jdbc, Offices offices, Clock clock) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        StaffPrincipal principal = jdbc.sql("""
                select username, full_name, office_code, roles, enabled, failed_attempts, locked_until, password_hash
                from staff_account where username = ?
                """)
                .param(normalized)
                .query((rs, n) -> {
                    var attempts = new LoginAttempts(rs.getInt("failed_attempts"),
                            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant());
                    var roles = Arrays.stream((String[]) rs.getArray("roles").getArray())
                            .map(StaffRole::parse).collect(Collectors.toSet());
                    String office = rs.getString("office_code");
                    return new StaffPrincipal(rs.getString("username"), rs.getString("full_name"), office,
                            officeName(office), roles, rs.getBoolean("enabled"), attempts.isLockedAt(clock.instant()),
                            rs.getString("password_hash")).withFailures(attempts.failures() > 0 || attempts.lockedUntil() != null);
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return principal;
    }

    /** Office names change rarely: remembered for a minute, so API calls do not look them up every time. */
    private String officeName(String code) {
        Instant now = clock.instant();
        var cached = officeNames.get(code);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.name();
        }
        String name = offices.find(AgencyCode.of(code)).map(Agency::name).orElse(code);
        officeNames.put(code, new CachedName(name, now.plusSeconds(60)));
        return name;
    }

    private record CachedName(String name, Instant until) {
    }
}
