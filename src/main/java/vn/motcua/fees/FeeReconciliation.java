package vn.motcua.fees;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.DossierAccessDeniedException;
import vn.motcua.fees.domain.FeeReceipt;
import vn.motcua.fees.domain.FeeRefund;
import vn.motcua.fees.domain.OnlinePayment;
import vn.motcua.fees.domain.PaymentMethod;
import vn.motcua.fees.persistence.PaymentRows;
import vn.motcua.fees.persistence.ReceiptRows;
import vn.motcua.platform.security.OfficeMember;

/**
 * The day's reconciliation of an office (đối soát): receipts by way of payment, cash per officer against their closed
 * books, online payments the gateway confirmed against the receipts issued for them, refunds, and the notifications
 * refused (bad signature, unknown order, wrong amount). Each mismatch is listed, not hidden in a total.
 */
@Service
public class FeeReconciliation {

    private final ReceiptRows receipts;
    private final PaymentRows payments;

    FeeReconciliation(ReceiptRows receipts, PaymentRows payments) {
        this.receipts = receipts;
        this.payments = payments;
    }

    /** One officer's cash of the day and whether the leader closed the book (with the total it was closed at). */
    public record Cash(String officer, long collected, long refunded, Long closedAt) {
        public boolean matches() {
            return closedAt != null && closedAt == collected - refunded;
        }
    }

    public record Day(String office, LocalDate day, List<FeeReceipt> receipts, List<FeeRefund> refunds,
            List<OnlinePayment> payments, List<Cash> cash, List<OnlinePayment> paidWithoutReceipt,
            List<FeeReceipt> onlineReceiptsWithoutPayment, List<String[]> refusedNotifications) {

        public long total(PaymentMethod method) {
            return receipts.stream().filter(r -> r.method() == method).mapToLong(FeeReceipt::amount).sum();
        }

        public long refunded(PaymentMethod method) {
            return refunds.stream().filter(r -> r.method() == method).mapToLong(FeeRefund::amount).sum();
        }

        /** What the gateway confirmed paid on the day. */
        public long gatewayPaid() {
            return payments.stream().filter(p -> p.status() == OnlinePayment.Status.PAID).mapToLong(OnlinePayment::amount).sum();
        }

        public boolean balanced() {
            return paidWithoutReceipt.isEmpty() && onlineReceiptsWithoutPayment.isEmpty()
                    && cash.stream().allMatch(Cash::matches);
        }
    }

    /** The office's day, for its leader (who closes the cash books). */
    public Day day(OfficeMember member, LocalDate day) {
        if (!member.holds("LEADER")) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not reconcile fees");
        }
        String office = member.officeCode();
        var ofDay = receipts.ofDay(office, day, null, null);
        var refunds = receipts.refundsOfDay(office, day, null, null);
        var from = day.atStartOfDay(WorkingCalendars.ZONE).toInstant();
        var to = day.plusDays(1).atStartOfDay(WorkingCalendars.ZONE).toInstant();
        var started = payments.ofPeriod(office, from, to);
        Set<String> receiptRefs = ofDay.stream().map(FeeReceipt::txnRef).filter(r -> r != null).collect(Collectors.toSet());
        var paidWithout = started.stream().filter(p -> p.status() == OnlinePayment.Status.PAID)
                .filter(p -> !receiptRefs.contains(p.txnRef()) && receipts.ofDossier(p.dossierCode())
                        .map(r -> !p.txnRef().equals(r.txnRef())).orElse(true)).toList();
        var withoutPayment = ofDay.stream().filter(r -> r.method() == PaymentMethod.ONLINE)
                .filter(r -> payments.find(r.txnRef()).map(p -> p.status() != OnlinePayment.Status.PAID).orElse(true)).toList();
        Map<String, long[]> perOfficer = new TreeMap<>();
        ofDay.stream().filter(r -> r.method() == PaymentMethod.CASH)
                .forEach(r -> perOfficer.computeIfAbsent(r.collectedBy(), k -> new long[2])[0] += r.amount());
        refunds.stream().filter(r -> r.method() == PaymentMethod.CASH)
                .forEach(r -> perOfficer.computeIfAbsent(r.refundedBy(), k -> new long[2])[1] += r.amount());
        var cash = perOfficer.entrySet().stream().map(e -> new Cash(e.getKey(), e.getValue()[0], e.getValue()[1],
                receipts.closing(office, e.getKey(), day).map(c -> c.collected() - c.refunded()).orElse(null))).toList();
        return new Day(office, day, ofDay, refunds, started, cash, paidWithout, withoutPayment,
                payments.refusedNotifications(from, to, office));
    }
}
