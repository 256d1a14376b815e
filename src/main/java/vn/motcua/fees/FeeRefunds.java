package vn.motcua.fees;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.fees.domain.DossierFee;
import vn.motcua.fees.domain.FeeReceipt;
import vn.motcua.fees.domain.FeeRefund;
import vn.motcua.fees.domain.PaymentMethod;
import vn.motcua.fees.gateway.VnpayGateway;
import vn.motcua.fees.persistence.PaymentRows;
import vn.motcua.fees.persistence.ReceiptRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/**
 * Pays a fee back the way it came: cash from the officer's open cash book of the day, or through the gateway's refund
 * (asked first; recorded only once the gateway confirmed it with its signature).
 */
@Component
class FeeRefunds {

    private final ReceiptRows rows;
    private final PaymentRows payments;
    private final VnpayGateway gateway;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;

    FeeRefunds(ReceiptRows rows, PaymentRows payments, VnpayGateway gateway, AuditTrail audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.payments = payments;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    FeeRefund pay(DossierFee refunded, FeeReceipt receipt, String reason, OfficeMember member, Runnable saveFee) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        String gatewayRef = null;
        if (receipt.method() == PaymentMethod.ONLINE) {
            var payment = payments.find(receipt.txnRef()).orElseThrow(() -> new IllegalStateException("No payment " + receipt.txnRef()));
            var answer = gateway.refund(payment.txnRef(), payment.amount(), payment.gatewayNo(), payment.payDate(),
                    member.getUsername(), "127.0.0.1", "Hoan phi ho so " + refunded.dossierCode(), clock.instant());
            if (!answer.refunded()) {
                audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "fee.refundRefused",
                        "dossier:" + refunded.dossierCode(), "gateway answered " + answer.responseCode()
                                + (answer.verified() ? "" : " (unsigned)")));
                throw new InvalidValueException("fees.gatewayRefused", "The gateway did not refund: " + answer.responseCode());
            }
            gatewayRef = answer.transactionNo();
        }
        String ref = gatewayRef;
        return writing.execute(status -> {
            if (receipt.method() == PaymentMethod.CASH) {
                CashBooks.requireOpen(rows, refunded.office(), member.getUsername(), today);
            }
            saveFee.run();
            var refund = new FeeRefund(DossierFees.newId(), refunded.dossierCode(), refunded.office(), refunded.paid(),
                    receipt.method(), reason, ref, member.getUsername(), clock.instant(), today);
            rows.insert(refund);
            audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "fee.refunded",
                    "dossier:" + refunded.dossierCode(), refund.method() + " " + refund.amount() + " đ; " + reason
                            + (ref == null ? "" : "; gateway " + ref)));
            return refund;
        });
    }
}
