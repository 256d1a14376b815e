package vn.motcua.platform.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import vn.motcua.platform.domain.SupportedDates;

/**
 * Dates and date-times of request parameters (ISO, as {@code 2026-12-03} and {@code 2026-12-03T17:30}): read once
 * here, refused with a {@link BadParameterException} naming the parameter when they cannot be read or fall outside
 * {@link SupportedDates} (1900–2999).
 */
public final class DateParameters {

    private DateParameters() {
    }

    public static LocalDate date(String name, String text) {
        try {
            return supported(name, LocalDate.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + name + "' must be a date like 2026-12-03");
        }
    }

    public static LocalDateTime dateTime(String name, String text) {
        try {
            LocalDateTime time = LocalDateTime.parse(text == null ? "" : text.strip());
            if (!SupportedDates.contains(time)) {
                throw outside(name);
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + name + "' must be a date-time like 2026-12-03T17:30");
        }
    }

    /** The date itself when it is supported; otherwise the refusal naming the parameter. */
    public static LocalDate supported(String name, LocalDate date) {
        if (!SupportedDates.contains(date)) {
            throw outside(name);
        }
        return date;
    }

    private static BadParameterException outside(String name) {
        return new BadParameterException(name, "'" + name + "' must be between " + SupportedDates.EARLIEST + " and "
                + SupportedDates.LATEST);
    }
}
