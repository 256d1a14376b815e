package vn.motcua.citizen.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.citizen.domain.CitizenAccount;
import vn.motcua.citizen.domain.CitizenIdentity;
import vn.motcua.dossier.domain.PersonalIdNumber;

/** The {@code citizen_account} table. */
@Repository
public class CitizenAccountRows {

    private final JdbcClient jdbc;

    CitizenAccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a sign-in: the person's account (by personal ID number) is made, or brought up to date with the identity,
     * issuer and subject the provider gave; two first sign-ins at once make one account. Returns the account and
     * whether it was made now.
     */
    public SignedIn signIn(String issuer, String subject, CitizenIdentity identity, Instant at) {
        return jdbc.sql("""
                insert into citizen_account (id, issuer, subject, personal_id_number, full_name, birth_date, created_at,
                    last_signed_in_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (personal_id_number) do update set issuer = excluded.issuer, subject = excluded.subject,
                    full_name = excluded.full_name, birth_date = excluded.birth_date,
                    last_signed_in_at = excluded.last_signed_in_at
                returning id, issuer, subject, personal_id_number, full_name, birth_date, (xmax = 0) as made
                """)
                .params(UUID.randomUUID(), issuer, subject, identity.idNumber().value(), identity.fullName(),
                        identity.birthDate() == null ? null : Date.valueOf(identity.birthDate()), Timestamp.from(at),
                        Timestamp.from(at))
                .query((rows, n) -> new SignedIn(account(rows), rows.getBoolean("made"))).single();
    }

    public Optional<CitizenAccount> find(UUID id) {
        return jdbc.sql("select id, issuer, subject, personal_id_number, full_name, birth_date from citizen_account "
                + "where id = ?").param(id).query((rows, n) -> account(rows)).optional();
    }

    /** The account of the provider's subject. */
    public Optional<UUID> find(String issuer, String subject) {
        return jdbc.sql("select id from citizen_account where issuer = ? and subject = ? "
                        + "order by last_signed_in_at desc limit 1").params(issuer, subject)
                .query(UUID.class).optional();
    }

    /** The account of the person with this personal ID number, if they ever signed in. */
    public Optional<UUID> findByIdNumber(String personalIdNumber) {
        return jdbc.sql("select id from citizen_account where personal_id_number = ?").param(personalIdNumber)
                .query(UUID.class).optional();
    }

    /** An account just signed in, and whether this sign-in made it. */
    public record SignedIn(CitizenAccount account, boolean made) {
    }

    private static CitizenAccount account(ResultSet rows) throws SQLException {
        Date birth = rows.getDate("birth_date");
        return new CitizenAccount(rows.getObject("id", UUID.class), rows.getString("issuer"), rows.getString("subject"),
                new CitizenIdentity(PersonalIdNumber.of(rows.getString("personal_id_number")), rows.getString("full_name"),
                        birth == null ? null : birth.toLocalDate()));
    }
}
