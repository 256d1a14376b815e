package vn.motcua.portal.persistence;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code lookup_failure} table: wrong digits given for a dossier, counted under a per-dossier advisory lock so
 * that simultaneous guesses (on any instance) are counted one after the other.
 */
@Repository
public class LookupFailures {

    private final JdbcClient jdbc;

    LookupFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the dossier's lookup lock until the current transaction ends. */
    public void lock(String dossierCode) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("lookup:" + dossierCode).query(Object.class).single();
    }

    public void record(String dossierCode, Instant at, String addressHash) {
        jdbc.sql("insert into lookup_failure (dossier_code, failed_at, address_hash) values (?, ?, ?)")
                .params(dossierCode, Timestamp.from(at), addressHash).update();
    }

    public long since(String dossierCode, Instant from) {
        return jdbc.sql("select count(*) from lookup_failure where dossier_code = ? and failed_at > ?")
                .params(dossierCode, Timestamp.from(from)).query(Long.class).single();
    }
}
