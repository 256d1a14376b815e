package vn.motcua.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.identity.domain.LoginAttempts;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.domain.AgencyCode;

/** The {@code staff_account} table: accounts, their password hashes and their count of wrong passwords. */
@Repository
public class StaffAccountRows {

    private static final String COLUMNS = "username, full_name, office_code, roles, enabled, fields, counter_id";

    /** What signing in needs of an account. */
    public record SignIn(String username, String fullName, String office, Set<StaffRole> roles, boolean enabled,
            LoginAttempts attempts, String passwordHash) {
    }

    private final JdbcClient jdbc;

    StaffAccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffAccount> find(Username username) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where username = ?").param(username.value())
                .query(StaffAccountRows::account).optional();
    }

    /** Everyone working in the office, by name. */
    public List<StaffAccount> staffOf(AgencyCode office) {
        return jdbc.sql("select " + COLUMNS + " from staff_account where office_code = ? order by full_name, username")
                .param(office.value()).query(StaffAccountRows::account).list();
    }

    /** Saves name, roles, fields, counter and whether the account is enabled. */
    public void update(StaffAccount account) {
        jdbc.sql("""
                update staff_account set full_name = :fullName, roles = cast(:roles as varchar(20)[]),
                    fields = cast(:fields as varchar(200)[]), counter_id = :counter, enabled = :enabled
                where username = :username
                """)
                .param("fullName", account.fullName()).param("roles", account.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("fields", account.sortedFields().toArray(String[]::new)).param("counter", account.counterId())
                .param("enabled", account.enabled()).param("username", account.username().value())
                .update();
    }

    /** Creates the account unless the user name is taken; returns whether it was created. */
    public boolean insertIfAbsent(StaffAccount account, String passwordHash) {
        return jdbc.sql("""
                insert into staff_account (username, full_name, office_code, roles, password_hash, enabled)
                values (:username, :fullName, :office, cast(:roles as varchar(20)[]), :hash, :enabled)
                on conflict (username) do nothing
                """)
                .param("username", account.username().value()).param("fullName", account.fullName())
                .param("office", account.office().value())
                .param("roles", account.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")))
                .param("hash", passwordHash).param("enabled", account.enabled())
                .update() == 1;
    }

    public Optional<SignIn> signIn(String username) {
        return jdbc.sql("""
                select username, full_name, office_code, roles, enabled, failed_attempts, locked_until, password_hash
                from staff_account where username = ?
                """)
                .param(username)
                .query((rs, n) -> new SignIn(rs.getString("username"), rs.getString("full_name"), rs.getString("office_code"),
                        roles(rs), rs.getBoolean("enabled"), attempts(rs), rs.getString("password_hash")))
                .optional();
    }

    /** The account's wrong passwords, locked for the current transaction. */
    public Optional<LoginAttempts> attemptsForUpdate(String username) {
        return jdbc.sql("select failed_attempts, locked_until from staff_account where username = ? for update")
                .param(username).query((rs, n) -> attempts(rs)).optional();
    }

    public void saveAttempts(String username, LoginAttempts attempts) {
        jdbc.sql("update staff_account set failed_attempts = ?, locked_until = ? where username = ?")
                .params(attempts.failures(), attempts.lockedUntil() == null ? null : Timestamp.from(attempts.lockedUntil()), username)
                .update();
    }

    public void clearAttempts(String username) {
        jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null "
                + "where username = ? and (failed_attempts > 0 or locked_until is not null)")
                .param(username).update();
    }

    private static Set<StaffRole> roles(ResultSet rs) throws SQLException {
        return Arrays.stream((String[]) rs.getArray("roles").getArray()).map(StaffRole::parse).collect(Collectors.toSet());
    }

    private static LoginAttempts attempts(ResultSet rs) throws SQLException {
        return new LoginAttempts(rs.getInt("failed_attempts"),
                rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant());
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        long counter = rs.getLong("counter_id");
        return new StaffAccount(new Username(rs.getString("username")), rs.getString("full_name"),
                AgencyCode.of(rs.getString("office_code")), roles(rs), rs.getBoolean("enabled"),
                Set.of((String[]) rs.getArray("fields").getArray()), rs.wasNull() ? null : counter);
    }
}
