package vn.motcua.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Offices;
import vn.motcua.organization.UnknownAgencyException;
import vn.motcua.organization.domain.AgencyCode;

/** The register of staff accounts: the identity module's published API. */
@Service
public class StaffAccounts {

    private static final String COLUMNS = "username, full_name, office_code, roles, enabled";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Offices offices, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<StaffAccount> find(Username username) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where username = ?")
                .param(username.value())
                .query(StaffAccounts::account)
                .optional();
    }

    /** Everyone working in the office, by name. */
    public List<StaffAccount> staffOf(AgencyCode office) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where office_code = ? order by full_name, username")
                .param(office.value())
                .query(StaffAccounts::account)
                .list();
    }

    /**
     * Creates the account with the given password (stored hashed) unless the user name is taken.
     *
     * @return whether the account was created
     */
    @Transactional
    public boolean registerIfAbsent(StaffAccount account, String passwordHash, String actor) {
        if (offices.find(account.office()).isEmpty()) {
            throw new UnknownAgencyException(account.office());
        }
        int created = jdbc.sql("""
                insert into staff_account (username, full_name, office_code, roles, password_hash, enabled)
                values (:username, :fullName, :office, cast(:roles as varchar(20)[]), :hash, :enabled)
                on conflict (username) do nothing
                """)
                .param("username", account.username().value())
                .param("fullName", account.fullName())
                .param("office", account.office().value())
                .param("roles", account.roles().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",", "{", "}")))
                .param("hash", passwordHash)
                .param("enabled", account.enabled())
                .update();
        if (created == 1) {
            audit.record(new AuditEntry(clock.instant(), actor, account.office().value(), "identity.account.created",
                    account.username().value(), "roles " + account.roles()));
        }
        return created == 1;
    }

    /** Hashes a password for storage; one hash may serve several accounts that share a password. */
    public String hash(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        var roles = Arrays.stream((String[]) rs.getArray("roles").getArray())
                .map(StaffRole::parse)
                .collect(Collectors.toSet());
        return new StaffAccount(new Username(rs.getString("username")), rs.getString("full_name"),
                AgencyCode.of(rs.getString("office_code")), roles, rs.getBoolean("enabled"));
    }
}
