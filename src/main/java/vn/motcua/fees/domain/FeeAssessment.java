package vn.motcua.fees.domain;

import vn.motcua.catalogue.domain.Fee;
import vn.motcua.catalogue.domain.FeeReduction;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * What a dossier owes for one fee: the procedure's amount per case (or, where it depends on the case, the amount the
 * officer stated with its basis, e.g. the provincial council's resolution), times the number of cases (pages, copies),
 * less the exemption or reduction the procedure lists for the applicant's group, chosen by the officer with the reason
 * (e.g. the poor household's book number).
 *
 * @param unitAmount the amount for one case in đồng, or {@code null} while it is still to be stated
 */
public record FeeAssessment(String feeName, Long unitAmount, int quantity, String basis, FeeReduction reduction,
        String reductionReason) {

    public static final int MAX_QUANTITY = 1000;
    public static final int MAX_TEXT = 500;

    public FeeAssessment {
        if (feeName == null || feeName.isBlank()) {
            throw new InvalidValueException("fee.name", "A fee needs a name");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidValueException("fee.quantity", "The number of cases is 1 to 1,000");
        }
        if (unitAmount != null && (unitAmount < 0 || unitAmount > Fee.MAX_AMOUNT)) {
            throw new InvalidValueException("fee.amount", "An amount is 0 to one billion đồng");
        }
        if (unitAmount != null && unitAmount * quantity > Fee.MAX_AMOUNT) {
            throw new InvalidValueException("fee.tooLarge", "A dossier's fee is at most one billion đồng");
        }
        basis = text(basis, "fee.basis");
        reductionReason = text(reductionReason, "fee.reason");
        if (reduction != null && reductionReason == null) {
            throw new InvalidValueException("fee.reasonRequired", "An exemption or reduction is given with its reason");
        }
        if (reduction == null) {
            reductionReason = null;
        }
    }

    /** The assessment at acceptance: the procedure's amount for one case, nothing reduced (still to state when none). */
    public static FeeAssessment atAcceptance(Fee fee) {
        return new FeeAssessment(fee.name(), fee.amountVnd(), 1, null, null, null);
    }

    /**
     * The officer's assessment against the procedure's fee: its fixed amount cannot be changed, an amount that depends on
     * the case must be stated with its basis, and only an exemption or reduction the procedure lists may be chosen.
     *
     * @param reductionGroup the group of a listed exemption or reduction, or blank for none
     */
    public static FeeAssessment stated(Fee fee, int quantity, Long amount, String basis, String reductionGroup, String reason) {
        Long unit = fee.amountVnd();
        if (unit == null) {
            if (amount == null) {
                throw new InvalidValueException("fee.amountRequired", "State the amount this case owes");
            }
            if (basis == null || basis.isBlank()) {
                throw new InvalidValueException("fee.basisRequired", "Say what the amount is based on");
            }
            unit = amount;
        } else if (amount != null && !amount.equals(unit)) {
            throw new InvalidValueException("fee.amountFixed", "The procedure fixes the amount");
        }
        FeeReduction reduction = null;
        if (reductionGroup != null && !reductionGroup.isBlank()) {
            reduction = fee.reductionFor(reductionGroup.strip())
                    .orElseThrow(() -> new InvalidValueException("fee.reductionUnknown", "The procedure lists no such exemption"));
        }
        return new FeeAssessment(fee.name(), unit, quantity, fee.amountVnd() == null ? basis : null, reduction, reason);
    }

    /** Whether the amount is known. */
    public boolean stated() {
        return unitAmount != null;
    }

    /** Before any reduction; {@code null} while not stated. */
    public Long base() {
        return unitAmount == null ? null : unitAmount * quantity;
    }

    /** What is owed: the base less the reduction, rounded half up to the đồng; {@code null} while not stated. */
    public Long due() {
        if (unitAmount == null) {
            return null;
        }
        long base = base();
        if (reduction == null) {
            return base;
        }
        return (base * (100 - reduction.percent()) + 50) / 100;
    }

    private static String text(String value, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String kept = value.strip();
        if (kept.length() > MAX_TEXT) {
            throw new InvalidValueException(code + ".tooLong", "At most 500 characters");
        }
        return kept;
    }
}
