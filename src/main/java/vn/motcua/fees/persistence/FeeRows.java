package vn.motcua.fees.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.catalogue.domain.FeeReduction;
import vn.motcua.fees.domain.DossierFee;
import vn.motcua.fees.domain.FeeAssessment;
import vn.motcua.fees.domain.FeeStatus;

/** The {@code dossier_fee} table (V42): each dossier's fee, updated with optimistic locking. */
@Repository
public class FeeRows {

    private final JdbcClient jdbc;

    FeeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the fee of a dossier just accepted; a second acceptance event for the same dossier changes nothing. */
    public void insert(DossierFee f, Instant acceptedAt) {
        var a = f.assessment();
        jdbc.sql("""
                insert into dossier_fee (dossier_code, office_code, procedure_code, procedure_version, applicant_name, applicant_id, channel,
                    fee_name, unit_amount, quantity, basis, reduction_group, reduction_percent, reduction_reason, due_amount,
                    status, accepted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dossier_code) do nothing
                """).params(f.dossierCode(), f.office(), f.procedureCode(), java.sql.Date.valueOf(f.procedureVersion()), f.applicantName(), f.applicantIdNumber(),
                        f.channel(), a.feeName(), a.unitAmount(), a.quantity(), a.basis(),
                        a.reduction() == null ? null : a.reduction().group(),
                        a.reduction() == null ? null : a.reduction().percent(), a.reductionReason(), a.due(),
                        f.status().name(), Timestamp.from(acceptedAt)).update();
    }

    public Optional<DossierFee> find(String dossierCode) {
        return jdbc.sql("select * from dossier_fee where dossier_code = ?").param(dossierCode).query(FeeRows::fee).optional();
    }

    /** Saves the fee if nobody changed it since it was read at {@code f.version()}; false when somebody did. */
    public boolean update(DossierFee f, String by, Instant at) {
        var a = f.assessment();
        return jdbc.sql("""
                update dossier_fee set unit_amount = ?, quantity = ?, basis = ?, reduction_group = ?, reduction_percent = ?,
                    reduction_reason = ?, due_amount = ?, status = ?, paid_amount = ?, refunded_amount = ?,
                    assessed_by = coalesce(?, assessed_by), assessed_at = coalesce(?, assessed_at), version = version + 1
                where dossier_code = ? and version = ?
                """).params(a.unitAmount(), a.quantity(), a.basis(), a.reduction() == null ? null : a.reduction().group(),
                        a.reduction() == null ? null : a.reduction().percent(), a.reductionReason(), a.due(),
                        f.status().name(), f.paid(), f.refunded(), by, by == null ? null : Timestamp.from(at),
                        f.dossierCode(), f.version()).update() == 1;
    }

    /** The office's fees in the given statuses, oldest acceptance first, at most {@code limit}. */
    public List<DossierFee> ofOffice(String office, List<FeeStatus> statuses, int limit) {
        return jdbc.sql("""
                select * from dossier_fee where office_code = ? and status in (:statuses) order by accepted_at limit ?
                """.replace("(:statuses)", "(" + String.join(",", statuses.stream().map(s -> "'" + s.name() + "'").toList()) + ")"))
                .params(office, limit).query(FeeRows::fee).list();
    }

    /**
     * Of the dossiers the offices accepted in [from, to): those with a fee to pay (not nothing: still to state, or due
     * more than zero before any exemption), and those of them paid online.
     */
    public long[] paymentFigures(List<String> offices, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) filter (where f.status = 'TO_ASSESS' or coalesce(f.unit_amount, 0) > 0),
                       count(*) filter (where r.method = 'ONLINE')
                from dossier_fee f left join fee_receipt r on r.dossier_code = f.dossier_code
                where f.office_code in (:offices) and f.accepted_at >= :from and f.accepted_at < :to
                """).param("offices", offices).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static DossierFee fee(ResultSet rs, int n) throws SQLException {
        Object percent = rs.getObject("reduction_percent");
        var reduction = percent == null ? null : new FeeReduction(rs.getString("reduction_group"), ((Number) percent).intValue());
        Object unit = rs.getObject("unit_amount");
        var assessment = new FeeAssessment(rs.getString("fee_name"), unit == null ? null : ((Number) unit).longValue(),
                rs.getInt("quantity"), rs.getString("basis"), reduction, rs.getString("reduction_reason"));
        return new DossierFee(rs.getString("dossier_code"), rs.getString("office_code"), rs.getString("procedure_code"),
                rs.getDate("procedure_version").toLocalDate(), rs.getString("applicant_name"), rs.getString("applicant_id"), rs.getString("channel"), assessment,
                FeeStatus.valueOf(rs.getString("status")), rs.getLong("paid_amount"), rs.getLong("refunded_amount"),
                rs.getLong("version"));
    }
}
