package vn.motcua.fees.persistence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo payment gateway's own books ({@code demo_gateway_transaction}, V42): used in the demo profile only. */
@Repository
public class DemoGatewayRows {

    private final JdbcClient jdbc;

    DemoGatewayRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A gateway transaction: its number, what was paid, how it ended, what was paid back. */
    public record Transaction(long number, String txnRef, long amount, String bankCode, String status, String payDate,
            long refunded) {
    }

    /** Records a transaction once per order; a second payment of the same order returns the first. */
    public Transaction record(String tmnCode, String txnRef, long amount, String bankCode, String status, String payDate) {
        jdbc.sql("""
                insert into demo_gateway_transaction (tmn_code, txn_ref, amount, bank_code, status, pay_date)
                values (?, ?, ?, ?, ?, ?) on conflict (tmn_code, txn_ref) do nothing
                """).params(tmnCode, txnRef, amount, bankCode, status, payDate).update();
        return find(tmnCode, txnRef).orElseThrow();
    }

    public Optional<Transaction> find(String tmnCode, String txnRef) {
        return jdbc.sql("select * from demo_gateway_transaction where tmn_code = ? and txn_ref = ?").params(tmnCode, txnRef)
                .query((rs, n) -> new Transaction(rs.getLong("transaction_no"), rs.getString("txn_ref"), rs.getLong("amount"),
                        rs.getString("bank_code"), rs.getString("status"), rs.getString("pay_date"), rs.getLong("refunded")))
                .optional();
    }

    /** Pays back the whole transaction if nothing was paid back yet; false when it was (a duplicate request). */
    public boolean refund(String tmnCode, String txnRef) {
        return jdbc.sql("""
                update demo_gateway_transaction set refunded = amount where tmn_code = ? and txn_ref = ? and refunded = 0
                """).params(tmnCode, txnRef).update() == 1;
    }
}
