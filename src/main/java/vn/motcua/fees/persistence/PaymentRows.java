package vn.motcua.fees.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.fees.domain.OnlinePayment;

/** Online payments and every notification the gateway sent (V42). */
@Repository
public class PaymentRows {

    private final JdbcClient jdbc;

    PaymentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OnlinePayment p) {
        jdbc.sql("""
                insert into online_payment (txn_ref, dossier_code, office_code, amount, status, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(p.txnRef(), p.dossierCode(), p.office(), p.amount(), p.status().name(),
                        Timestamp.from(p.createdAt()), Timestamp.from(p.expiresAt())).update();
    }

    /** The payment, locked until the transaction ends: a notification repeated at once waits for the first. */
    public Optional<OnlinePayment> forUpdate(String txnRef) {
        return jdbc.sql("select * from online_payment where txn_ref = ? for update").param(txnRef)
                .query(PaymentRows::payment).optional();
    }

    public Optional<OnlinePayment> find(String txnRef) {
        return jdbc.sql("select * from online_payment where txn_ref = ?").param(txnRef).query(PaymentRows::payment).optional();
    }

    public List<OnlinePayment> ofDossier(String dossierCode) {
        return jdbc.sql("select * from online_payment where dossier_code = ? order by created_at desc, txn_ref")
                .param(dossierCode).query(PaymentRows::payment).list();
    }

    /** The office's online payments started in [from, to). */
    public List<OnlinePayment> ofPeriod(String office, Instant from, Instant to) {
        return jdbc.sql("""
                select * from online_payment where office_code = ? and created_at >= ? and created_at < ?
                order by created_at, txn_ref
                """).params(office, Timestamp.from(from), Timestamp.from(to)).query(PaymentRows::payment).list();
    }

    public void complete(String txnRef, OnlinePayment.Status status, String gatewayNo, String bankCode, String responseCode,
            String payDate, Instant at) {
        jdbc.sql("""
                update online_payment set status = ?, gateway_no = ?, bank_code = ?, response_code = ?, pay_date = ?,
                    completed_at = ? where txn_ref = ?
                """).params(status.name(), gatewayNo, bankCode, responseCode, payDate, Timestamp.from(at), txnRef).update();
    }

    /** Keeps a notification as it came, with the answer it got. */
    public void logNotification(Instant at, String source, String txnRef, String query, String verdict, String note) {
        jdbc.sql("""
                insert into payment_notification (received_at, source, txn_ref, query, verdict, note) values (?, ?, ?, ?, ?, ?)
                """).params(Timestamp.from(at), cut(source, 64), cut(txnRef, 40), cut(query, 4000), verdict, cut(note, 200))
                .update();
    }

    /** Notifications of the period that were not confirmed (anything but 00 and 02), as {received, ref, verdict, note}. */
    public List<String[]> refusedNotifications(Instant from, Instant to, String office) {
        return jdbc.sql("""
                select n.received_at, n.txn_ref, n.verdict, n.note from payment_notification n
                left join online_payment p on p.txn_ref = n.txn_ref
                where n.received_at >= ? and n.received_at < ? and n.verdict not in ('00', '02')
                  and (p.office_code = ? or p.office_code is null)
                order by n.received_at limit 500
                """).params(Timestamp.from(from), Timestamp.from(to), office)
                .query((rs, n) -> new String[] {rs.getTimestamp(1).toInstant().toString(), rs.getString(2), rs.getString(3),
                        rs.getString(4)}).list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static OnlinePayment payment(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new OnlinePayment(rs.getString("txn_ref"), rs.getString("dossier_code"), rs.getString("office_code"),
                rs.getLong("amount"), OnlinePayment.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getString("gateway_no"), rs.getString("bank_code"), rs.getString("response_code"), rs.getString("pay_date"),
                completed == null ? null : completed.toInstant());
    }
}
