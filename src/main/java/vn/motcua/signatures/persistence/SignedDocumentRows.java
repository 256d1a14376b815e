package vn.motcua.signatures.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The PDFs MotCua signed, by the SHA-256 of the signed file (V41). */
@Repository
public class SignedDocumentRows {

    /** What a signed file was issued for. */
    public record Issued(String office, String dossierCode, String kind, String signer, Instant signedAt) {
    }

    private final JdbcClient jdbc;

    SignedDocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String sha256, Issued issued) {
        jdbc.sql("""
                insert into signed_document (sha256, office_code, dossier_code, kind, signer, signed_at) values (?, ?, ?, ?, ?, ?)
                on conflict (sha256) do nothing
                """).params(sha256, issued.office(), issued.dossierCode(), issued.kind(), issued.signer(),
                        Timestamp.from(issued.signedAt())).update();
    }

    public Optional<Issued> find(String sha256) {
        return jdbc.sql("select office_code, dossier_code, kind, signer, signed_at from signed_document where sha256 = ?")
                .param(sha256).query((rs, n) -> new Issued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).optional();
    }
}
