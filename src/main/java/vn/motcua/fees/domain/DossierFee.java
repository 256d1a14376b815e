package vn.motcua.fees.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The fee a dossier owes, as recorded at its acceptance and assessed by the officer; takes commands (assess, pay, end,
 * refund) and returns what they decided. Amounts are whole đồng.
 *
 * @param procedureVersion the day the procedure version the dossier was received under took effect
 * @param applicantIdNumber the applicant's personal ID number, or {@code null} for an organisation
 * @param version the row's version, for optimistic locking
 */
public record DossierFee(String dossierCode, String office, String procedureCode, LocalDate procedureVersion, String applicantName,
        String applicantIdNumber, String channel, FeeAssessment assessment, FeeStatus status, long paid, long refunded,
        long version) {

    /** What the screen may offer. */
    public enum Action { ASSESS, PAY, REFUND }

    public DossierFee {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(status, "status");
        if (paid < 0 || refunded < 0 || refunded > paid) {
            throw new IllegalArgumentException("Paid " + paid + ", refunded " + refunded);
        }
    }

    /** The fee recorded when the dossier is accepted: due at once when the amount is known, else to be assessed. */
    public static DossierFee accepted(String dossierCode, String office, String procedureCode, LocalDate procedureVersion,
            String applicantName, String applicantIdNumber, String channel, FeeAssessment assessment) {
        return new DossierFee(dossierCode, office, procedureCode, procedureVersion, applicantName, applicantIdNumber, channel, assessment,
                statusOf(assessment), 0, 0, 0);
    }

    private static FeeStatus statusOf(FeeAssessment a) {
        return !a.stated() ? FeeStatus.TO_ASSESS : a.due() == 0 ? FeeStatus.NOTHING_DUE : FeeStatus.DUE;
    }

    /** A new assessment, until something is paid. */
    public FeeDecision assess(FeeAssessment a) {
        return switch (status) {
            case TO_ASSESS, DUE, NOTHING_DUE -> made(a, statusOf(a), paid, refunded);
            case PAID, REFUND_DUE, REFUNDED -> new FeeDecision.Refused(FeeRefusal.ALREADY_PAID);
            case CANCELLED -> new FeeDecision.Refused(FeeRefusal.ENDED);
        };
    }

    /** The payment of exactly what is due. */
    public FeeDecision pay(long amount) {
        return switch (status) {
            case DUE -> amount == assessment.due() ? made(assessment, FeeStatus.PAID, amount, 0)
                    : new FeeDecision.Refused(FeeRefusal.AMOUNT_MISMATCH);
            case TO_ASSESS -> new FeeDecision.Refused(FeeRefusal.NOT_ASSESSED);
            case NOTHING_DUE -> new FeeDecision.Refused(FeeRefusal.NOTHING_TO_PAY);
            case PAID, REFUND_DUE, REFUNDED -> new FeeDecision.Refused(FeeRefusal.ALREADY_PAID);
            case CANCELLED -> new FeeDecision.Refused(FeeRefusal.ENDED);
        };
    }

    /** The dossier was refused or stopped: what was paid is due back; what was not is no longer owed. */
    public FeeDecision end() {
        return switch (status) {
            case PAID -> made(assessment, FeeStatus.REFUND_DUE, paid, refunded);
            case TO_ASSESS, DUE, NOTHING_DUE -> made(assessment, FeeStatus.CANCELLED, paid, refunded);
            case REFUND_DUE, REFUNDED, CANCELLED -> new FeeDecision.Made(this);
        };
    }

    /** What was paid, paid back in full. */
    public FeeDecision refund() {
        return status == FeeStatus.REFUND_DUE ? made(assessment, FeeStatus.REFUNDED, paid, paid)
                : new FeeDecision.Refused(FeeRefusal.NOTHING_TO_REFUND);
    }

    /** The commands the fee takes now. */
    public Set<Action> allowed() {
        return switch (status) {
            case TO_ASSESS, NOTHING_DUE -> EnumSet.of(Action.ASSESS);
            case DUE -> EnumSet.of(Action.ASSESS, Action.PAY);
            case REFUND_DUE -> EnumSet.of(Action.REFUND);
            case PAID, REFUNDED, CANCELLED -> EnumSet.noneOf(Action.class);
        };
    }

    /** What is still to pay: the amount due while it is due, else nothing. */
    public long outstanding() {
        return status == FeeStatus.DUE ? assessment.due() : 0;
    }

    private FeeDecision made(FeeAssessment a, FeeStatus next, long paidNow, long refundedNow) {
        return new FeeDecision.Made(new DossierFee(dossierCode, office, procedureCode, procedureVersion, applicantName,
                applicantIdNumber, channel, a, next, paidNow, refundedNow, version));
    }
}
