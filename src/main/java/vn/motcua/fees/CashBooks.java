package vn.motcua.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.DossierAccessDeniedException;
import vn.motcua.fees.domain.FeeReceipt;
import vn.motcua.fees.domain.FeeRefund;
import vn.motcua.fees.domain.PaymentMethod;
import vn.motcua.fees.persistence.ReceiptRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/**
 * Each officer's cash book of a day (sổ quỹ tiền mặt): the cash receipts they issued and the cash they paid back, and
 * the balance to hand over; the office's leader closes it, after which nothing more is collected or paid back in cash
 * by that officer on that day. An officer reads their own book; a leader every book of the office.
 */
@Service
public class CashBooks {

    private final ReceiptRows rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;

    CashBooks(ReceiptRows rows, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** One officer's book of one day. */
    public record Book(String officer, LocalDate day, List<FeeReceipt> receipts, List<FeeRefund> refunds,
            Optional<ReceiptRows.Closed> closed) {

        public long collected() {
            return receipts.stream().mapToLong(FeeReceipt::amount).sum();
        }

        public long refunded() {
            return refunds.stream().mapToLong(FeeRefund::amount).sum();
        }

        /** The cash to hand over. */
        public long balance() {
            return collected() - refunded();
        }
    }

    /** Refuses a cash entry on a closed book; holds the book's lock until the caller's transaction ends. */
    static void requireOpen(ReceiptRows rows, String office, String officer, LocalDate day) {
        if (rows.closingForUpdate(office, officer, day).isPresent()) {
            throw new InvalidValueException("fees.cashBookClosed", "The cash book of " + officer + " on " + day + " is closed");
        }
    }

    /** The officers whose books of the day the member may read: every one with cash for a leader, else their own. */
    public List<String> officers(OfficeMember member, LocalDate day) {
        if (member.holds("LEADER")) {
            return rows.cashOfficers(member.officeCode(), day);
        }
        return List.of(member.getUsername());
    }

    public Book book(OfficeMember member, String officer, LocalDate day) {
        String whose = officer == null || officer.isBlank() ? member.getUsername() : officer.strip();
        if (!whose.equals(member.getUsername()) && !member.holds("LEADER")) {
            throw new DossierAccessDeniedException(member.getUsername() + " reads only their own cash book");
        }
        String office = member.officeCode();
        return new Book(whose, day, rows.ofDay(office, day, whose, PaymentMethod.CASH),
                rows.refundsOfDay(office, day, whose, PaymentMethod.CASH), rows.closing(office, whose, day));
    }

    /** The leader closes an officer's book of a past day or today, with its totals as they stand. */
    public Book close(OfficeMember leader, String officer, LocalDate day) {
        if (!leader.holds("LEADER")) {
            throw new DossierAccessDeniedException(leader.getUsername() + " does not close cash books");
        }
        if (officer == null || officer.isBlank() || officer.length() > 50) {
            throw new InvalidValueException("fees.officer", "Choose the officer whose book is closed");
        }
        if (day.isAfter(LocalDate.now(clock.withZone(WorkingCalendars.ZONE)))) {
            throw new InvalidValueException("fees.futureDay", "A day still to come cannot be closed");
        }
        String office = leader.officeCode();
        writing.executeWithoutResult(status -> {
            if (rows.closingForUpdate(office, officer, day).isPresent()) {
                throw new InvalidValueException("fees.alreadyClosed", "The book is closed already");
            }
            var receipts = rows.ofDay(office, day, officer, PaymentMethod.CASH);
            var refunds = rows.refundsOfDay(office, day, officer, PaymentMethod.CASH);
            long collected = receipts.stream().mapToLong(FeeReceipt::amount).sum();
            long refunded = refunds.stream().mapToLong(FeeRefund::amount).sum();
            rows.close(office, officer, day, new ReceiptRows.Closed(collected, refunded, receipts.size(),
                    leader.getUsername(), clock.instant()));
            audit.record(new AuditEntry(clock.instant(), leader.getUsername(), office, "fee.cashBookClosed",
                    "cash:" + officer + ":" + day, receipts.size() + " receipts, " + collected + " đ collected, " + refunded
                            + " đ refunded"));
        });
        return book(leader, officer, day);
    }
}
