package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.DateParameters;

/**
 * Parses the query parameters of the calendar and appointment APIs (offices, date-times, dates, durations),
 * naming the parameter in every refusal.
 */
public final class CalendarParameters {

    private CalendarParameters() {
    }

    public static AgencyCode office(String value) {
        try {
            return AgencyCode.of(value);
        } catch (InvalidValueException e) {
            throw new BadParameterException("officeCode", e.getMessage());
        }
    }

    /** A local date-time in Asia/Ho_Chi_Minh; one with an offset is converted to it. */
    public static LocalDateTime localDateTime(String name, String value) {
        String text = required(name, value);
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text);
        } catch (DateTimeParseException notLocal) {
            try {
                local = OffsetDateTime.parse(text).atZoneSameInstant(WorkingCalendars.ZONE).toLocalDateTime();
            } catch (java.time.DateTimeException e) {
                throw new BadParameterException(name, "'" + name + "' must be a date-time like 2026-02-12T10:00");
            }
        }
        DateParameters.supported(name, local.toLocalDate());
        return local;
    }

    /** A local time of the office as the APIs answer it: with Vietnam's offset. */
    public static String withOffset(LocalDateTime local) {
        return local.atZone(WorkingCalendars.ZONE).toOffsetDateTime()
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static LocalDate date(String name, String value) {
        return DateParameters.date(name, required(name, value));
    }

    public static ProcessingTime processingTime(String unit, String amount, String cutoff) {
        ProcessingUnit parsedUnit;
        try {
            parsedUnit = ProcessingUnit.valueOf(required("unit", unit));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("unit",
                    "'unit' must be one of WORKING_DAYS, WORKING_HOURS, SAME_DAY, CALENDAR_DAYS");
        }
        if (parsedUnit == ProcessingUnit.SAME_DAY) {
            return ProcessingTime.sameDay(cutoff == null || cutoff.isBlank() ? null : time("cutoff", cutoff));
        }
        if (cutoff != null && !cutoff.isBlank()) {
            throw new BadParameterException("cutoff", "'cutoff' applies to SAME_DAY only");
        }
        try {
            BigDecimal value = new BigDecimal(required("amount", amount).strip());
            if (parsedUnit == ProcessingUnit.WORKING_HOURS) {
                return ProcessingTime.workingHours(value);
            }
            return new ProcessingTime(value.longValueExact(), parsedUnit, null);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadParameterException("amount", parsedUnit == ProcessingUnit.WORKING_HOURS
                    ? "'amount' must be a number of hours, e.g. 4 or 1.5"
                    : "'amount' must be a whole number of days");
        } catch (InvalidValueException e) {
            throw new BadParameterException("amount", e.getMessage());
        }
    }

    private static LocalTime time(String name, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, "'" + name + "' must be a time like 15:00");
        }
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException(name, "The parameter '" + name + "' is required");
        }
        return value.strip();
    }
}
