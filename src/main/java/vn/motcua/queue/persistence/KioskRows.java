package vn.motcua.queue.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kiosk devices (by their token's SHA-256) and the tickets each took per minute (V46). */
@Repository
public class KioskRows {

    private final JdbcClient jdbc;

    KioskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A kiosk device: its office and name, and when it was revoked, if it was. */
    public record Device(String tokenSha256, String office, String name, String issuedBy, Instant issuedAt, Instant revokedAt) {
    }

    public void insert(Device d) {
        jdbc.sql("insert into kiosk_device (token_sha256, office_code, name, issued_by, issued_at) values (?, ?, ?, ?, ?)")
                .params(d.tokenSha256(), d.office(), d.name(), d.issuedBy(), Timestamp.from(d.issuedAt())).update();
    }

    /** A device not revoked. */
    public Optional<Device> active(String tokenSha256) {
        return jdbc.sql("select * from kiosk_device where token_sha256 = ? and revoked_at is null").param(tokenSha256)
                .query((rs, n) -> new Device(rs.getString("token_sha256"), rs.getString("office_code"), rs.getString("name"),
                        rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(), null)).optional();
    }

    public List<Device> ofOffice(String office) {
        return jdbc.sql("select * from kiosk_device where office_code = ? order by issued_at desc limit 100").param(office)
                .query((rs, n) -> new Device(rs.getString("token_sha256"), rs.getString("office_code"), rs.getString("name"),
                        rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant())).list();
    }

    public boolean revoke(String office, String tokenSha256, Instant at) {
        return jdbc.sql("update kiosk_device set revoked_at = ? where office_code = ? and token_sha256 = ? and revoked_at is null")
                .params(Timestamp.from(at), office, tokenSha256).update() == 1;
    }

    /** Counts one more ticket of the device in the minute; the count after it (the same on every instance). */
    public int countTicket(String tokenSha256, Instant minute) {
        return jdbc.sql("""
                insert into kiosk_rate (token_sha256, minute, tickets) values (?, ?, 1)
                on conflict (token_sha256, minute) do update set tickets = kiosk_rate.tickets + 1 returning tickets
                """).params(tokenSha256, Timestamp.from(minute)).query(Integer.class).single();
    }
}
