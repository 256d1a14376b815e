package vn.motcua.catalogue.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * An exemption (100 %) or reduction of a fee that the procedure lists for a group of people (Law on Fees and Charges
 * Art. 10; for civil status, Law on Civil Status Art. 11), e.g. "Hộ nghèo" 100 %.
 */
public record FeeReduction(String group, int percent) {

    public static final int MAX_GROUP_LENGTH = 200;
    /** A fee lists at most this many exemptions and reductions. */
    public static final int MAX_PER_FEE = 20;

    public FeeReduction {
        if (group == null || group.isBlank()) {
            throw new InvalidValueException("fee.reduction.group", "An exemption or reduction names whom it is for");
        }
        group = group.strip();
        if (group.length() > MAX_GROUP_LENGTH) {
            throw new InvalidValueException("fee.reduction.group", "A group has at most 200 characters");
        }
        if (percent < 1 || percent > 100) {
            throw new InvalidValueException("fee.reduction.percent", "A reduction is 1 to 100 per cent");
        }
    }

    /** Whether the fee is waived entirely (miễn) rather than reduced (giảm). */
    public boolean exempts() {
        return percent == 100;
    }

    /** As a table cell or a form line writes it: {@code Hộ nghèo:100}. */
    public String cell() {
        return group + ":" + percent;
    }

    /** Reads {@code group:percent}, the percent after the last colon. */
    public static FeeReduction parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon < 0) {
            throw new InvalidValueException("fee.reduction.format", "An exemption is written group:percent");
        }
        try {
            return new FeeReduction(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1).strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("fee.reduction.percent", "A reduction is 1 to 100 per cent");
        }
    }
}
