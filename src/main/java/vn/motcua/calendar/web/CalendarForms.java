package vn.motcua.calendar.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.TypedDate;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.SeasonalHours;
import vn.motcua.calendar.domain.WeeklyHours;
import vn.motcua.calendar.domain.WorkingSession;

/**
 * The calendar edit forms as typed, and their conversion into domain values. A field that cannot be
 * converted is rejected with a message code shown next to it; nothing is saved then.
 */
final class CalendarForms {

    static final int NAME_LENGTH = 120;
    static final int NOTE_LENGTH = 500;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d/M");

    private CalendarForms() {
    }

    /** Sessions of each weekday, Monday first, as "07:30-11:30, 13:30-17:00". */
    record WeekForm(Integer version, String monday, String tuesday, String wednesday, String thursday, String friday,
            String saturday, String sunday) {

        static WeekForm of(int version, WeeklyHours hours) {
            return new WeekForm(version, text(hours, DayOfWeek.MONDAY), text(hours, DayOfWeek.TUESDAY),
                    text(hours, DayOfWeek.WEDNESDAY), text(hours, DayOfWeek.THURSDAY), text(hours, DayOfWeek.FRIDAY),
                    text(hours, DayOfWeek.SATURDAY), text(hours, DayOfWeek.SUNDAY));
        }

        private static String text(WeeklyHours hours, DayOfWeek day) {
            return SessionsText.format(hours.on(day));
        }

        List<String> texts() {
            return java.util.Arrays.asList(monday, tuesday, wednesday, thursday, friday, saturday, sunday);
        }

        Optional<WeeklyHours> hours(Errors errors) {
            var map = new EnumMap<DayOfWeek, List<WorkingSession>>(DayOfWeek.class);
            String[] fields = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
            for (DayOfWeek day : DayOfWeek.values()) {
                var parsed = SessionsText.parse(texts().get(day.ordinal()));
                parsed.ifPresentOrElse(s -> map.put(day, s),
                        () -> errors.rejectValue(fields[day.ordinal()], "calendar.error.sessions"));
            }
            return errors.hasErrors() ? Optional.empty() : Optional.of(new WeeklyHours(map));
        }
    }

    /** @param use what the session counts for ({@link ExtraSession.Use}); blank until the administrator is asked */
    record ExtraForm(Integer version, String label, List<Integer> weekdays, String start, String end, String from,
            String until, String use) {

        static ExtraForm empty(int version) {
            return new ExtraForm(version, "", List.of(), "", "", "", "", "");
        }

        boolean useChosen() {
            return use != null && !use.isBlank();
        }

        public boolean has(int weekday) {
            return weekdays != null && weekdays.contains(weekday);
        }

        Optional<ExtraSession> extra(Errors errors) {
            required(errors, "label", label);
            Set<DayOfWeek> days = weekdays == null ? Set.of()
                    : weekdays.stream().filter(d -> d != null && d >= 1 && d <= 7).map(DayOfWeek::of).collect(Collectors.toSet());
            if (days.isEmpty()) {
                errors.rejectValue("weekdays", "calendar.error.weekdays");
            }
            LocalTime s = time(errors, "start", start);
            LocalTime e = time(errors, "end", end);
            if (s != null && e != null && !s.isBefore(e)) {
                errors.rejectValue("end", "calendar.error.order");
            }
            LocalDate f = date(errors, "from", from, true);
            LocalDate u = date(errors, "until", until, false);
            if (f != null && u != null && u.isBefore(f)) {
                errors.rejectValue("until", "calendar.error.until");
            }
            ExtraSession.Use counts = ExtraSession.Use.RECEPTION_AND_PROCESSING;
            if (useChosen()) {
                try {
                    counts = ExtraSession.Use.valueOf(use.strip());
                } catch (IllegalArgumentException unknown) {
                    errors.rejectValue("use", "calendar.error.use");
                }
            }
            if (errors.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(new ExtraSession(new WorkingSession(s, e, label), days, f, u, counts));
        }
    }

    record DayForm(Integer version, String date, String kind, String name, String note) {

        static DayForm empty(int version) {
            return new DayForm(version, "", DayException.Kind.CLOSURE.name(), "", "");
        }

        Optional<DayException> exception(Errors errors) {
            LocalDate d = CalendarForms.date(errors, "date", date, true);
            DayException.Kind k = CalendarForms.kind(errors, kind);
            required(errors, "name", name);
            notLongerThan(errors, "note", note, NOTE_LENGTH);
            if (errors.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(new DayException(d, k, name, note));
        }
    }

    record SeasonForm(Integer version, String name, String from, String to, String sessions) {

        static SeasonForm empty(int version) {
            return new SeasonForm(version, "", "", "", "");
        }

        /** The season's sessions apply Monday to Friday. */
        Optional<SeasonalHours> season(Errors errors) {
            required(errors, "name", name);
            MonthDay f = monthDay(errors, "from", from);
            MonthDay t = monthDay(errors, "to", to);
            var parsed = SessionsText.parse(sessions).filter(list -> !list.isEmpty());
            if (parsed.isEmpty()) {
                errors.rejectValue("sessions", "calendar.error.sessions");
            }
            if (errors.hasErrors()) {
                return Optional.empty();
            }
            return Optional.of(new SeasonalHours(name, f, t,
                    WeeklyHours.mondayToFriday(parsed.get().toArray(WorkingSession[]::new))));
        }
    }

    static DayException.Kind kind(Errors errors, String kind) {
        try {
            return DayException.Kind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("kind", "calendar.error.kind");
            return null;
        }
    }

    static void required(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "calendar.error.required");
        } else {
            notLongerThan(errors, field, value, NAME_LENGTH);
        }
    }

    /** Names and labels fit their columns (120 characters); notes 500. */
    static void notLongerThan(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "calendar.error.tooLong", new Object[] {max}, null);
        }
    }

    static LocalTime time(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "calendar.error.required");
            return null;
        }
        try {
            return SessionsText.time(value);
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "calendar.error.time");
            return null;
        }
    }

    static LocalDate date(Errors errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "calendar.error.required");
            }
            return null;
        }
        try {
            // typed day first, as officers type dates (the browser's date control follows the browser's language)
            return TypedDate.parse(value);
        } catch (InvalidValueException e) {
            errors.rejectValue(field, "calendar.error.date");
            return null;
        }
    }

    static MonthDay monthDay(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "calendar.error.required");
            return null;
        }
        try {
            return MonthDay.from(DAY_MONTH.parse(value.strip()));
        } catch (DateTimeException e) {
            errors.rejectValue(field, "calendar.error.monthDay");
            return null;
        }
    }

    /** The weekdays offered in forms: ISO number and message key. */
    static Map<Integer, String> weekdays() {
        var map = new java.util.LinkedHashMap<Integer, String>();
        for (DayOfWeek d : DayOfWeek.values()) {
            map.put(d.getValue(), "weekday." + d.getValue());
        }
        return map;
    }
}
