package vn.motcua.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.UnknownAgencyException;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SearchText;

/** The register of staff accounts: the identity module's published API. */
@Service
public class StaffAccounts {

    private static final String COLUMNS = "username, full_name, office_code, roles, enabled, fields, counter_id";
    /** An initial password is at least this long; the member changes it after signing in. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Offices offices;
    private final Desks desks;
    private final AuditTrail audit;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Offices offices, Desks desks, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.offices = offices;
        this.desks = desks;
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

    /** The office's staff whose name or user name contains every word, diacritics ignored. */
    public List<StaffAccount> search(AgencyCode office, String text) {
        String[] words = SearchText.of(text == null ? "" : text).split(" ");
        return staffOf(office).stream().filter(a -> {
            String haystack = SearchText.of(a.fullName() + " " + a.username().value() + " " + String.join(" ", a.fields()));
            return Arrays.stream(words).allMatch(haystack::contains);
        }).toList();
    }

    /** An administrator opens an account with an initial password. */
    @Transactional
    public void open(StaffAccount account, String initialPassword, String actor) {
        if (initialPassword == null || initialPassword.length() < MIN_PASSWORD_LENGTH || initialPassword.length() > 72) {
            throw new InvalidValueException("staff.password.length", "An initial password has 10 to 72 characters");
        }
        checkCounter(account);
        if (!registerIfAbsent(account, hash(initialPassword), actor)) {
            throw new InvalidValueException("staff.username.taken", "The user name " + account.username() + " is taken");
        }
        if (!account.fields().isEmpty() || account.counterId() != null) {
            change(account, actor);
        }
    }

    /** Changes roles, fields, counter, name or whether the account is enabled; the office stays. */
    @Transactional
    public StaffAccount change(StaffAccount account, String actor) {
        StaffAccount before = find(account.username())
                .orElseThrow(() -> new InvalidValueException("staff.unknown", "No account " + account.username()));
        if (!before.office().equals(account.office())) {
            throw new InvalidValueException("staff.office", "An account stays in its office");
        }
        checkCounter(account);
        jdbc.sql("""
                update staff_account set full_name = :fullName, roles = cast(:roles as varchar(20)[]),
                    fields = cast(:fields as varchar(200)[]), counter_id = :counter, enabled = :enabled
                where username = :username
                """)
                .param("fullName", account.fullName()).param("roles", account.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("fields", account.sortedFields().toArray(String[]::new)).param("counter", account.counterId())
                .param("enabled", account.enabled()).param("username", account.username().value())
                .update();
        audit.record(new AuditEntry(clock.instant(), actor, account.office().value(), "identity.account.changed",
                account.username().value(), "roles " + account.roles() + ", fields " + account.sortedFields() + ", counter "
                        + account.counterId() + ", enabled " + account.enabled()));
        return account;
    }

    private void checkCounter(StaffAccount account) {
        if (account.counterId() == null) {
            return;
        }
        boolean ours = desks.counter(account.counterId()).flatMap(desks::agencyOf)
                .filter(account.office()::equals).isPresent();
        if (!ours) {
            throw new InvalidValueException("staff.counter", "The counter is not one of the office's counters");
        }
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
        long counter = rs.getLong("counter_id");
        return new StaffAccount(new Username(rs.getString("username")), rs.getString("full_name"),
                AgencyCode.of(rs.getString("office_code")), roles, rs.getBoolean("enabled"),
                Set.of((String[]) rs.getArray("fields").getArray()), rs.wasNull() ? null : counter);
    }
}
