package vn.motcua.catalogue.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * A processing time as people write it in a catalogue file or form: an amount ("3", "1,5") in a unit and,
 * for same-day procedures, an optional cut-off ("15:00"). One reading for imports and the edit form; a time
 * that cannot be is refused with the rule it breaks ({@code amount.number}, {@code amount.range},
 * {@code amount.minutes}, {@code cutoff.format}, {@code cutoff.sameDayOnly}).
 */
public final class StatedTime {

    /** No time in the catalogue is longer than this many days (or 8 working hours a day of them). */
    public static final long MAX_DAYS = 365;

    /** Thrown with the rule broken and which part of the time is at fault. */
    public static final class Refused extends InvalidValueException {
        private final boolean cutoff;

        Refused(String code, boolean cutoff, String message) {
            super(code, message);
            this.cutoff = cutoff;
        }

        /** Whether the cut-off (rather than the amount) is at fault. */
        public boolean isCutoff() {
            return cutoff;
        }
    }

    private StatedTime() {
    }

    public static ProcessingTime parse(String amountText, ProcessingUnit unit, String cutoffText) {
        String cutoffValue = cutoffText == null ? "" : cutoffText.strip();
        LocalTime cutoff = null;
        if (!cutoffValue.isEmpty()) {
            try {
                cutoff = LocalTime.parse(cutoffValue.length() == 4 ? "0" + cutoffValue : cutoffValue);
            } catch (DateTimeParseException e) {
                throw new Refused("cutoff.format", true, "A cut-off is a time such as 15:00: " + cutoffValue);
            }
            if (unit != ProcessingUnit.SAME_DAY) {
                throw new Refused("cutoff.sameDayOnly", true, "A cut-off applies to SAME_DAY procedures only");
            }
        }
        if (unit == ProcessingUnit.SAME_DAY) {
            return ProcessingTime.sameDay(cutoff);
        }
        String text = amountText == null ? "" : amountText.strip();
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Refused("amount.number", false, "The time must be a number: " + text);
        }
        boolean hours = unit == ProcessingUnit.WORKING_HOURS;
        if (amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(hours ? MAX_DAYS * 8 : MAX_DAYS)) > 0) {
            throw new Refused("amount.range", false, "A time is positive and at most " + MAX_DAYS + " days: " + text);
        }
        try {
            return hours ? ProcessingTime.workingHours(amount) : new ProcessingTime(amount.longValueExact(), unit, null);
        } catch (ArithmeticException e) {
            throw new Refused("amount.number", false, "Days are whole numbers: " + text);
        } catch (InvalidValueException e) {
            throw new Refused("amount.minutes", false, e.getMessage());
        }
    }
}
