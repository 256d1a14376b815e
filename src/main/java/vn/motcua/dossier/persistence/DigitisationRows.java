package vn.motcua.dossier.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The digitisation of a dossier's scans and the dossiers whose every paper is digitised (V43). */
@Repository
public class DigitisationRows {

    private final JdbcClient jdbc;

    DigitisationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks the scan digitised with the dossier's next digitisation number (the dossier's scans locked until the
     * transaction ends); false when it was already, or is not the dossier's.
     */
    public boolean confirm(String dossierCode, UUID scan, String by, Instant at) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('digitise:' || ?))").param(dossierCode).query().singleRow();
        int next = jdbc.sql("select count(*) + 1 from dossier_scan where dossier_code = ? and digitised_at is not null")
                .param(dossierCode).query(Integer.class).single();
        return jdbc.sql("""
                update dossier_scan set digitised_by = ?, digitised_at = ?, digitisation_code = ?
                where id = ? and dossier_code = ? and digitised_at is null
                """).params(by, Timestamp.from(at), dossierCode + "-SH" + next, scan, dossierCode).update() == 1;
    }

    /** The papers named by the dossier's digitised scans. */
    public Set<String> digitisedPapers(String dossierCode) {
        return Set.copyOf(jdbc.sql("select distinct paper from dossier_scan where dossier_code = ? and digitised_at is not null and paper is not null")
                .param(dossierCode).query(String.class).list());
    }

    public String codeOf(UUID scan) {
        return jdbc.sql("select digitisation_code from dossier_scan where id = ?").param(scan).query(String.class).single();
    }

    public void completed(String dossierCode, String office, LocalDate receivedOn, Instant at) {
        jdbc.sql("""
                insert into dossier_digitised (dossier_code, office_code, received_on, completed_at) values (?, ?, ?, ?)
                on conflict (dossier_code) do nothing
                """).params(dossierCode, office, Date.valueOf(receivedOn), Timestamp.from(at)).update();
    }

    /** How many dossiers received by the offices in [from, to] have every paper digitised. */
    public long completedCount(List<String> offices, LocalDate from, LocalDate to) {
        if (offices.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from dossier_digitised where office_code in (:offices) and received_on between :from and :to
                """).param("offices", offices).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(Long.class).single();
    }
}
