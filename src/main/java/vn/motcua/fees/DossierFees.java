package vn.motcua.fees;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.Fee;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.dossier.DossierAccepted;
import vn.motcua.dossier.DossierAccessDeniedException;
import vn.motcua.dossier.DossierEnded;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.fees.domain.DossierFee;
import vn.motcua.fees.domain.FeeAssessment;
import vn.motcua.fees.domain.FeeDecision;
import vn.motcua.fees.domain.FeeReceipt;
import vn.motcua.fees.domain.FeeRefund;
import vn.motcua.fees.domain.FeeStatus;
import vn.motcua.fees.domain.OnlinePayment;
import vn.motcua.fees.domain.PaymentMethod;
import vn.motcua.fees.persistence.FeeRows;
import vn.motcua.fees.persistence.PaymentRows;
import vn.motcua.fees.persistence.ReceiptRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.files.ContentStore;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/**
 * The fee of each dossier: recorded at its acceptance from the procedure version it was received under, assessed by
 * the desk (the amount where it depends on the case, an exemption or reduction the procedure lists, with the reason),
 * collected in cash at the counter with its receipt, and paid back when the dossier is refused or stopped. Every
 * change is audited; two officers (or tabs, or instances) cannot both change the same fee.
 */
@Service
public class DossierFees {

    /** The fee recorded for a procedure version that lists none: nothing to pay. */
    static final Fee NONE = new Fee("Phí, lệ phí", 0L, "Thủ tục không quy định phí, lệ phí");

    private final Catalogue catalogue;
    private final Dossiers dossiers;
    private final PublicDossiers publicDossiers;
    private final FeeRows fees;
    private final ReceiptRows receipts;
    private final PaymentRows payments;
    private final FeeReceipts issuer;
    private final FeeRefunds refunds;
    private final ContentStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;

    DossierFees(Catalogue catalogue, Dossiers dossiers, PublicDossiers publicDossiers, FeeRows fees, ReceiptRows receipts,
            PaymentRows payments, FeeReceipts issuer, FeeRefunds refunds, ContentStore store, AuditTrail audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.publicDossiers = publicDossiers;
        this.fees = fees;
        this.receipts = receipts;
        this.payments = payments;
        this.issuer = issuer;
        this.refunds = refunds;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** Everything the fee's page shows: the fee, the procedure's fee it is assessed against, receipt, refund, payments. */
    public record View(DossierFee fee, Fee procedureFee, Optional<FeeReceipt> receipt, Optional<FeeRefund> refund,
            List<OnlinePayment> payments, Set<DossierFee.Action> allowed) {
    }

    /** Records the fee due in the acceptance's transaction. */
    @EventListener
    void on(DossierAccepted accepted) {
        Fee fee = procedureFee(accepted.procedureCode(), accepted.procedureVersion());
        var recorded = DossierFee.accepted(accepted.dossierCode(), accepted.office(), accepted.procedureCode(),
                accepted.procedureVersion(), accepted.applicantName(), accepted.applicantIdNumber(), accepted.channel(), FeeAssessment.atAcceptance(fee));
        fees.insert(recorded, accepted.at());
    }

    /** A dossier refused or stopped: a paid fee is due back, an unpaid one is no longer owed. */
    @EventListener
    void on(DossierEnded ended) {
        fees.find(ended.dossierCode()).ifPresent(fee -> {
            if (fee.end() instanceof FeeDecision.Made made && made.fee().status() != fee.status()) {
                if (!fees.update(made.fee(), null, clock.instant())) {
                    throw new InvalidValueException("fee.stale", "The fee changed meanwhile");
                }
                audit.record(new AuditEntry(clock.instant(), ended.by(), ended.office(), "fee." + made.fee().status().name()
                        .toLowerCase(java.util.Locale.ROOT), "dossier:" + ended.dossierCode(), "dossier " + ended.status()));
            }
        });
    }

    /** The dossier's fee page for a member of an office the dossier was routed to; empty for a dossier without a fee. */
    public Optional<View> view(DossierCode code, OfficeMember member) {
        dossiers.find(code, member);
        return fees.find(code.value()).map(fee -> view(fee, member));
    }

    private View view(DossierFee fee, OfficeMember member) {
        boolean desk = member.holds("RECEPTION") && member.officeCode().equals(fee.office());
        Set<DossierFee.Action> allowed = desk ? fee.allowed() : Set.of();
        return new View(fee, procedureFee(fee), receipts.ofDossier(fee.dossierCode()), receipts.refundOf(fee.dossierCode()),
                payments.ofDossier(fee.dossierCode()), allowed);
    }

    /** The fee of a dossier that names the person (applicant or representative); empty for anyone else. */
    public Optional<View> forPerson(DossierCode code, PersonalIdNumber person) {
        return publicDossiers.ofPerson(code, person).flatMap(d -> fees.find(code.value()))
                .map(fee -> new View(fee, procedureFee(fee), receipts.ofDossier(fee.dossierCode()),
                        receipts.refundOf(fee.dossierCode()), payments.ofDossier(fee.dossierCode()), Set.of()));
    }

    /**
     * The desk's assessment: the number of cases, the amount where the procedure leaves it to the case (with its basis),
     * and an exemption or reduction the procedure lists (with the reason); refused once anything was paid.
     */
    public DossierFee assess(DossierCode code, long seenVersion, int quantity, Long amount, String basis, String reductionGroup,
            String reason, OfficeMember member) {
        DossierFee fee = deskFee(code, member);
        var assessment = FeeAssessment.stated(procedureFee(fee), quantity, amount, basis, reductionGroup, reason);
        return writing.execute(status -> {
            DossierFee after = decided(fee.assess(assessment), fee, seenVersion);
            save(after, member.getUsername());
            audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "fee.assessed",
                    "dossier:" + code, describe(after)));
            return after;
        });
    }

    /**
     * Collects the amount due in cash at the counter and issues its receipt at once; refused when the officer's cash
     * book of the day was closed.
     */
    public FeeReceipt collectCash(DossierCode code, long seenVersion, OfficeMember member) {
        DossierFee fee = deskFee(code, member);
        return writing.execute(status -> {
            CashBooks.requireOpen(receipts, fee.office(), member.getUsername(), today());
            DossierFee paid = decided(fee.pay(fee.outstanding()), fee, seenVersion);
            save(paid, null);
            FeeReceipt receipt = issuer.issue(paid, PaymentMethod.CASH, member.getUsername(), null, clock.instant());
            audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "fee.paid",
                    "dossier:" + code, "cash " + paid.paid() + " đ, receipt " + receipt.label()));
            return receipt;
        });
    }

    /** Pays back the whole fee of a refused or stopped dossier, the way it was paid (see {@link FeeRefunds}). */
    public FeeRefund refund(DossierCode code, long seenVersion, String reason, OfficeMember member) {
        DossierFee fee = deskFee(code, member);
        if (reason == null || reason.isBlank() || reason.strip().length() > FeeAssessment.MAX_TEXT) {
            throw new InvalidValueException("fee.refundReason", "Say why the fee is paid back (at most 500 characters)");
        }
        FeeReceipt receipt = receipts.ofDossier(fee.dossierCode())
                .orElseThrow(() -> new InvalidValueException("fees.refusal.NOTHING_TO_REFUND", "No receipt"));
        DossierFee refunded = decided(fee.refund(), fee, seenVersion);
        return refunds.pay(refunded, receipt, reason.strip(), member, () -> save(refunded, null));
    }

    /** The signed receipt PDF of the dossier, for the staff of an office it was routed to. */
    public Optional<InputStream> receiptFile(DossierCode code, OfficeMember member) {
        dossiers.find(code, member);
        return receipts.ofDossier(code.value()).map(r -> store.open(r.sha256()));
    }

    /** The signed receipt PDF of a dossier that names the person; empty for anyone else. */
    public Optional<InputStream> receiptFileForPerson(DossierCode code, PersonalIdNumber person) {
        return publicDossiers.ofPerson(code, person).flatMap(d -> receipts.ofDossier(code.value())).map(r -> store.open(r.sha256()));
    }

    /** The office's fees waiting on the desk: to be assessed, or to be paid back. */
    public List<DossierFee> waiting(OfficeMember member) {
        return fees.ofOffice(member.officeCode(), List.of(FeeStatus.TO_ASSESS, FeeStatus.REFUND_DUE), 200);
    }

    private DossierFee deskFee(DossierCode code, OfficeMember member) {
        dossiers.find(code, member);
        DossierFee fee = fees.find(code.value()).orElseThrow(() -> new NotFoundException("No fee for " + code));
        if (!member.holds("RECEPTION") || !member.officeCode().equals(fee.office())) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not collect fees for " + fee.office());
        }
        return fee;
    }

    private static DossierFee decided(FeeDecision decision, DossierFee before, long seenVersion) {
        if (seenVersion != before.version()) {
            throw new InvalidValueException("fee.stale", "The fee changed since the page was opened");
        }
        return switch (decision) {
            case FeeDecision.Made made -> made.fee();
            case FeeDecision.Refused refused -> throw new InvalidValueException("fees.refusal." + refused.reason().name(),
                    "Refused: " + refused.reason());
        };
    }

    private void save(DossierFee fee, String assessedBy) {
        if (!fees.update(fee, assessedBy, clock.instant())) {
            throw new InvalidValueException("fee.stale", "The fee changed since the page was opened");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
    }

    /** The fee of the procedure version the dossier was received under, which it is assessed against. */
    Fee procedureFee(DossierFee fee) {
        return procedureFee(fee.procedureCode(), fee.procedureVersion());
    }

    private Fee procedureFee(String procedureCode, LocalDate version) {
        return catalogue.versionOn(ProcedureCode.of(procedureCode), version)
                .flatMap(v -> v.fees().stream().findFirst()).orElse(NONE);
    }

    private static String describe(DossierFee f) {
        var a = f.assessment();
        return a.quantity() + " × " + a.unitAmount() + " đ" + (a.basis() == null ? "" : " (" + a.basis() + ")")
                + (a.reduction() == null ? "" : ", " + a.reduction().group() + " " + a.reduction().percent() + "% (" + a.reductionReason() + ")")
                + " → due " + a.due() + " đ";
    }

    static UUID newId() {
        return UUID.randomUUID();
    }
}
