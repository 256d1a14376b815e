package vn.motcua.signatures.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The demo's signing keys (V41), each made once by whichever instance asks first, under a lock. */
@Repository
public class DemoKeyRows {

    private final JdbcClient jdbc;

    DemoKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key stored under the name, made by {@code make} if no instance made it yet. */
    @Transactional
    public byte[] findOrMake(String name, Supplier<byte[]> make, Instant at) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('demo-signing-key:' || ?))").param(name).query().singleRow();
        Optional<byte[]> kept = jdbc.sql("select pkcs12 from demo_signing_key where name = ?").param(name)
                .query(byte[].class).optional();
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] made = make.get();
        jdbc.sql("insert into demo_signing_key (name, pkcs12, created_at) values (?, ?, ?)").params(name, made, Timestamp.from(at))
                .update();
        return made;
    }
}
