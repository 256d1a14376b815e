package vn.motcua.calendar.domain;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * How long a procedure or step may take. {@code amount} is in days for day units and in minutes for
 * {@link ProcessingUnit#WORKING_HOURS}; it is ignored for {@link ProcessingUnit#SAME_DAY}, which alone
 * takes a {@code cutoff}.
 */
public record ProcessingTime(long amount, ProcessingUnit unit, LocalTime cutoff) {

    /** Ten years of days: anything longer is a typing error, not a legal time. */
    static final long MAX_DAYS = 3650;

    public ProcessingTime {
        Objects.requireNonNull(unit, "unit");
        if (unit == ProcessingUnit.SAME_DAY) {
            amount = 0;
        } else {
            if (cutoff != null) {
                throw new InvalidValueException("processingTime.cutoff", "A cut-off applies to same-day times only");
            }
            long max = unit == ProcessingUnit.WORKING_HOURS ? MAX_DAYS * 24 * 60 : MAX_DAYS;
            if (amount < 1 || amount > max) {
                throw new InvalidValueException("processingTime.amount", "The amount must be between 1 and " + max);
            }
        }
    }

    public static ProcessingTime workingDays(long days) {
        return new ProcessingTime(days, ProcessingUnit.WORKING_DAYS, null);
    }

    public static ProcessingTime calendarDays(long days) {
        return new ProcessingTime(days, ProcessingUnit.CALENDAR_DAYS, null);
    }

    public static ProcessingTime workingMinutes(long minutes) {
        return new ProcessingTime(minutes, ProcessingUnit.WORKING_HOURS, null);
    }

    /** Working hours, possibly fractional (1.5 = 90 minutes), to the minute. */
    public static ProcessingTime workingHours(BigDecimal hours) {
        BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60));
        if (minutes.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("processingTime.amount", "Working hours must be whole minutes: " + hours);
        }
        if (minutes.signum() <= 0 || minutes.compareTo(BigDecimal.valueOf(MAX_DAYS * 24 * 60)) > 0) {
            throw new InvalidValueException("processingTime.amount", "The amount must be positive and at most 10 years");
        }
        return workingMinutes(minutes.longValueExact());
    }

    public static ProcessingTime sameDay(LocalTime cutoff) {
        return new ProcessingTime(0, ProcessingUnit.SAME_DAY, cutoff);
    }

    /**
     * The amount as people state it, in the unit's own terms: days, or hours (1.5) for working hours;
     * {@code null} for the same day.
     */
    public BigDecimal statedAmount() {
        return switch (unit) {
            case SAME_DAY -> null;
            case WORKING_HOURS -> BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(60)).stripTrailingZeros();
            default -> BigDecimal.valueOf(amount);
        };
    }
}
