package vn.motcua.signatures.persistence;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo CA's revoked certificates (V45; demo profile). */
@Repository
public class DemoRevocationRows {

    private final JdbcClient jdbc;

    DemoRevocationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Revoked(BigInteger serial, Instant at) {
    }

    public void revoke(BigInteger serial, Instant at, String reason) {
        jdbc.sql("insert into demo_revoked_certificate (serial, revoked_at, reason) values (?, ?, ?) on conflict do nothing")
                .params(new java.math.BigDecimal(serial), Timestamp.from(at), reason).update();
    }

    public List<Revoked> all() {
        return jdbc.sql("select serial, revoked_at from demo_revoked_certificate order by revoked_at limit 100000")
                .query((rs, n) -> new Revoked(rs.getBigDecimal(1).toBigIntegerExact(), rs.getTimestamp(2).toInstant())).list();
    }
}
