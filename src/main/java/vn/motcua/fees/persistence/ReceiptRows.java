package vn.motcua.fees.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.fees.domain.FeeReceipt;
import vn.motcua.fees.domain.FeeRefund;
import vn.motcua.fees.domain.PaymentMethod;

/** Receipts, their numbers per office and year, refunds and the closing of cash books (V42). */
@Repository
public class ReceiptRows {

    private final JdbcClient jdbc;

    ReceiptRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The office's next receipt number of the year, taken in the caller's transaction: never twice, on any instance. */
    public int nextNumber(String office, int year) {
        return jdbc.sql("""
                insert into fee_receipt_sequence (office_code, year, last_value) values (?, ?, 1)
                on conflict (office_code, year) do update set last_value = fee_receipt_sequence.last_value + 1
                returning last_value
                """).params(office, year).query(Integer.class).single();
    }

    public void insert(FeeReceipt r) {
        jdbc.sql("""
                insert into fee_receipt (id, office_code, year, number, form_symbol, series, dossier_code, payer_name, fee_name,
                    amount, method, collected_by, collected_at, collected_on, txn_ref, sha256)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(r.id(), r.office(), r.year(), r.number(), r.formSymbol(), r.series(), r.dossierCode(),
                        r.payerName(), r.feeName(), r.amount(), r.method().name(), r.collectedBy(),
                        Timestamp.from(r.collectedAt()), Date.valueOf(r.collectedOn()), r.txnRef(), r.sha256()).update();
    }

    public Optional<FeeReceipt> ofDossier(String dossierCode) {
        return jdbc.sql("select * from fee_receipt where dossier_code = ?").param(dossierCode).query(ReceiptRows::receipt)
                .optional();
    }

    public Optional<FeeReceipt> find(UUID id) {
        return jdbc.sql("select * from fee_receipt where id = ?").param(id).query(ReceiptRows::receipt).optional();
    }

    /** The office's receipts of a day, by number; of one officer when {@code officer} is given. */
    public List<FeeReceipt> ofDay(String office, LocalDate day, String officer, PaymentMethod method) {
        return jdbc.sql("""
                select * from fee_receipt where office_code = ? and collected_on = ?
                  and (cast(? as varchar) is null or collected_by = ?) and (cast(? as varchar) is null or method = ?)
                order by year, number
                """).params(office, Date.valueOf(day), officer, officer, method == null ? null : method.name(),
                        method == null ? null : method.name()).query(ReceiptRows::receipt).list();
    }

    public void insert(FeeRefund r) {
        jdbc.sql("""
                insert into fee_refund (id, dossier_code, office_code, amount, method, reason, gateway_ref, refunded_by,
                    refunded_at, refunded_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(r.id(), r.dossierCode(), r.office(), r.amount(), r.method().name(), r.reason(), r.gatewayRef(),
                        r.refundedBy(), Timestamp.from(r.refundedAt()), Date.valueOf(r.refundedOn())).update();
    }

    public Optional<FeeRefund> refundOf(String dossierCode) {
        return jdbc.sql("select * from fee_refund where dossier_code = ?").param(dossierCode).query(ReceiptRows::refund).optional();
    }

    /** The office's refunds of a day; of one officer when {@code officer} is given. */
    public List<FeeRefund> refundsOfDay(String office, LocalDate day, String officer, PaymentMethod method) {
        return jdbc.sql("""
                select * from fee_refund where office_code = ? and refunded_on = ?
                  and (cast(? as varchar) is null or refunded_by = ?) and (cast(? as varchar) is null or method = ?)
                order by refunded_at
                """).params(office, Date.valueOf(day), officer, officer, method == null ? null : method.name(),
                        method == null ? null : method.name()).query(ReceiptRows::refund).list();
    }

    /** The officers who collected or paid back cash at the office on the day. */
    public List<String> cashOfficers(String office, LocalDate day) {
        return jdbc.sql("""
                select collected_by from fee_receipt where office_code = ? and collected_on = ? and method = 'CASH'
                union select refunded_by from fee_refund where office_code = ? and refunded_on = ? and method = 'CASH'
                order by 1
                """).params(office, Date.valueOf(day), office, Date.valueOf(day)).query(String.class).list();
    }

    /** The closing of an officer's cash book of the day, locked until the transaction ends (a new cash entry waits). */
    public Optional<Closed> closingForUpdate(String office, String officer, LocalDate day) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('cash:' || ? || ':' || ? || ':' || ?))")
                .params(office, officer, day.toString()).query().singleRow();
        return closing(office, officer, day);
    }

    public Optional<Closed> closing(String office, String officer, LocalDate day) {
        return jdbc.sql("select * from cash_book_close where office_code = ? and officer = ? and day = ?")
                .params(office, officer, Date.valueOf(day))
                .query((rs, n) -> new Closed(rs.getLong("collected"), rs.getLong("refunded"), rs.getInt("receipts"),
                        rs.getString("closed_by"), rs.getTimestamp("closed_at").toInstant())).optional();
    }

    public void close(String office, String officer, LocalDate day, Closed closed) {
        jdbc.sql("""
                insert into cash_book_close (office_code, officer, day, collected, refunded, receipts, closed_by, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(office, officer, Date.valueOf(day), closed.collected(), closed.refunded(), closed.receipts(),
                        closed.by(), Timestamp.from(closed.at())).update();
    }

    /** A closed cash book: its totals as the leader closed it. */
    public record Closed(long collected, long refunded, int receipts, String by, java.time.Instant at) {
    }

    private static FeeReceipt receipt(ResultSet rs, int n) throws SQLException {
        return new FeeReceipt(rs.getObject("id", UUID.class), rs.getString("office_code"), rs.getInt("year"), rs.getInt("number"),
                rs.getString("form_symbol"), rs.getString("series"), rs.getString("dossier_code"), rs.getString("payer_name"),
                rs.getString("fee_name"), rs.getLong("amount"), PaymentMethod.valueOf(rs.getString("method")),
                rs.getString("collected_by"), rs.getTimestamp("collected_at").toInstant(),
                rs.getDate("collected_on").toLocalDate(), rs.getString("txn_ref"), rs.getString("sha256"));
    }

    private static FeeRefund refund(ResultSet rs, int n) throws SQLException {
        return new FeeRefund(rs.getObject("id", UUID.class), rs.getString("dossier_code"), rs.getString("office_code"),
                rs.getLong("amount"), PaymentMethod.valueOf(rs.getString("method")), rs.getString("reason"),
                rs.getString("gateway_ref"), rs.getString("refunded_by"), rs.getTimestamp("refunded_at").toInstant(),
                rs.getDate("refunded_on").toLocalDate());
    }
}
