package vn.motcua.fees;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.fees.domain.DossierFee;
import vn.motcua.fees.domain.FeeDecision;
import vn.motcua.fees.domain.FeeStatus;
import vn.motcua.fees.domain.OnlinePayment;
import vn.motcua.fees.domain.PaymentMethod;
import vn.motcua.fees.gateway.IpnAnswer;
import vn.motcua.fees.gateway.VnpayGateway;
import vn.motcua.fees.persistence.FeeRows;
import vn.motcua.fees.persistence.PaymentRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.NotFoundException;

/**
 * Fees paid online through the payment gateway: the citizen starts a payment for a dossier that names them, the
 * gateway's notification (verified by its HMAC-SHA512 signature, the reference and the amount) records the payment and
 * issues the receipt, once; the browser's return is only shown. Every notification is kept with the answer it got.
 */
@Service
public class OnlinePayments {

    private static final Logger LOG = LoggerFactory.getLogger(OnlinePayments.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DossierFees dossierFees;
    private final FeeRows fees;
    private final PaymentRows payments;
    private final FeeReceipts issuer;
    private final VnpayGateway gateway;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;

    OnlinePayments(DossierFees dossierFees, FeeRows fees, PaymentRows payments, FeeReceipts issuer, VnpayGateway gateway,
            AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.dossierFees = dossierFees;
        this.fees = fees;
        this.payments = payments;
        this.issuer = issuer;
        this.gateway = gateway;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** Whether fees can be paid online here (a gateway terminal is configured). */
    public boolean available() {
        return gateway.configured();
    }

    /**
     * Starts paying the fee due of a dossier that names the person and returns the gateway's payment address; refused
     * when nothing is due or no gateway is configured; 404 for a dossier that does not name them.
     */
    public String start(DossierCode code, PersonalIdNumber person, String clientIp, String locale) {
        var view = dossierFees.forPerson(code, person).orElseThrow(() -> new NotFoundException("No dossier " + code));
        DossierFee fee = view.fee();
        if (!available()) {
            throw new InvalidValueException("fees.noGateway", "Online payment is not offered here");
        }
        if (fee.pay(fee.outstanding()) instanceof FeeDecision.Refused refused) {
            throw new InvalidValueException("fees.refusal." + refused.reason().name(), "Nothing to pay");
        }
        var now = clock.instant();
        var payment = new OnlinePayment(reference(), fee.dossierCode(), fee.office(), fee.outstanding(),
                OnlinePayment.Status.PENDING, now, now.plus(Duration.ofMinutes(gateway.expireMinutes())), null, null, null,
                null, null);
        payments.insert(payment);
        audit.record(new AuditEntry(now, "citizen:" + person.value().substring(8), fee.office(), "fee.paymentStarted",
                "dossier:" + code, payment.txnRef() + " " + payment.amount() + " đ"));
        return gateway.paymentUrl(payment.txnRef(), payment.amount(), "Thanh toan le phi ho so " + fee.dossierCode(),
                clientIp, now, payment.expiresAt(), locale);
    }

    /** A reference unique within the day (and beyond): MC, the office date, and 12 random hex digits. */
    private String reference() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "MC" + LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                .substring(2) + HexFormat.of().formatHex(bytes).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The gateway's instant payment notification, answered in the protocol's order: signature (97), order (01), amount
     * (04), already confirmed (02), else recorded (00): paid when both the response code and the transaction status are
     * 00, failed otherwise. Kept with its answer, whatever it was.
     */
    public IpnAnswer notified(Map<String, String> fields, String query, String source) {
        String ref = fields.get("vnp_TxnRef");
        IpnAnswer answer;
        String note = null;
        try {
            var outcome = writing.execute(status -> decide(fields, ref));
            answer = outcome.answer();
            note = outcome.note();
        } catch (RuntimeException e) {
            LOG.warn("Payment notification {} failed", ref, e);
            answer = IpnAnswer.UNKNOWN_ERROR;
            note = e.getClass().getSimpleName();
        }
        payments.logNotification(clock.instant(), source, ref, query, answer.code(), note);
        if (answer != IpnAnswer.CONFIRMED && answer != IpnAnswer.ALREADY_CONFIRMED) {
            LOG.warn("Payment notification for {} from {} answered {} {}", ref, source, answer.code(), note);
        }
        return answer;
    }

    private record Outcome(IpnAnswer answer, String note) {
    }

    private Outcome decide(Map<String, String> fields, String ref) {
        if (!gateway.authentic(fields) || !gateway.tmnCode().equals(fields.get("vnp_TmnCode"))) {
            return new Outcome(IpnAnswer.INVALID_SIGNATURE, "signature");
        }
        Optional<OnlinePayment> found = ref == null ? Optional.empty() : payments.forUpdate(ref);
        if (found.isEmpty()) {
            return new Outcome(IpnAnswer.ORDER_NOT_FOUND, null);
        }
        OnlinePayment payment = found.get();
        long amount;
        try {
            amount = Long.parseLong(fields.getOrDefault("vnp_Amount", ""));
        } catch (NumberFormatException e) {
            return new Outcome(IpnAnswer.INVALID_AMOUNT, "not a number");
        }
        if (amount % 100 != 0 || amount / 100 != payment.amount()) {
            return new Outcome(IpnAnswer.INVALID_AMOUNT, amount + " for " + payment.amount());
        }
        if (payment.status() != OnlinePayment.Status.PENDING) {
            return new Outcome(IpnAnswer.ALREADY_CONFIRMED, payment.status().name());
        }
        boolean paid = "00".equals(fields.get("vnp_ResponseCode")) && "00".equals(fields.get("vnp_TransactionStatus"));
        var now = clock.instant();
        payments.complete(ref, paid ? OnlinePayment.Status.PAID : OnlinePayment.Status.FAILED, cut(fields.get("vnp_TransactionNo"), 40),
                cut(fields.get("vnp_BankCode"), 20), cut(fields.get("vnp_ResponseCode"), 4), cut(fields.get("vnp_PayDate"), 14), now);
        if (!paid) {
            return new Outcome(IpnAnswer.CONFIRMED, "not paid: " + fields.get("vnp_ResponseCode"));
        }
        DossierFee fee = fees.find(payment.dossierCode()).orElseThrow();
        if (!(fee.pay(payment.amount()) instanceof FeeDecision.Made made)) {
            // Paid at the counter meanwhile, or the dossier ended: the money came in and is owed back (reconciliation).
            audit.record(new AuditEntry(now, FeeReceipts.GATEWAY, fee.office(), "fee.paidNotDue", "dossier:" + fee.dossierCode(),
                    ref + " " + payment.amount() + " đ while the fee was " + fee.status()));
            return new Outcome(IpnAnswer.CONFIRMED, "paid while " + fee.status() + ": refund by hand");
        }
        if (!fees.update(made.fee(), null, now)) {
            throw new IllegalStateException("The fee of " + fee.dossierCode() + " changed meanwhile");
        }
        var receipt = issuer.issue(made.fee(), PaymentMethod.ONLINE, FeeReceipts.GATEWAY, ref, now);
        audit.record(new AuditEntry(now, FeeReceipts.GATEWAY, fee.office(), "fee.paid", "dossier:" + fee.dossierCode(),
                "online " + payment.amount() + " đ, " + ref + ", receipt " + receipt.label()));
        return new Outcome(IpnAnswer.CONFIRMED, null);
    }

    /** What the return page shows: whether the gateway signed it, the payment, and its state here. */
    public record Returned(boolean authentic, Optional<OnlinePayment> payment, boolean gatewaySaysPaid, FeeStatus feeStatus) {
    }

    public Returned returned(Map<String, String> fields) {
        boolean authentic = gateway.authentic(fields);
        var payment = authentic && fields.get("vnp_TxnRef") != null ? payments.find(fields.get("vnp_TxnRef")) : Optional.<OnlinePayment>empty();
        boolean says = "00".equals(fields.get("vnp_ResponseCode")) && "00".equals(fields.get("vnp_TransactionStatus"));
        FeeStatus status = payment.flatMap(p -> fees.find(p.dossierCode())).map(DossierFee::status).orElse(null);
        return new Returned(authentic, payment, says, status);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
