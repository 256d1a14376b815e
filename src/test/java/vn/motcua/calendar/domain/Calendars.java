package vn.motcua.calendar.domain;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Test calendars on the official 2025–2026 days off and make-up days shipped with the application. */
final class Calendars {

    static final List<DayException> VIETNAM = load();

    private Calendars() {
    }

    private static List<DayException> load() {
        try (var in = Calendars.class.getResourceAsStream("/calendar/holidays-vn.csv")) {
            return HolidayCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Mon–Fri 07:30–11:30 and 13:30–17:00, national days off, Civil Code convention. */
    static OfficeCalendar standard() {
        return new OfficeCalendar(CalendarRules.standard(VIETNAM));
    }

    static OfficeCalendar with(CalendarRules rules) {
        return new OfficeCalendar(rules);
    }

    static ExtraSession extra(String label, String from, String to, LocalDate since, DayOfWeek... days) {
        return new ExtraSession(new WorkingSession(java.time.LocalTime.parse(from), java.time.LocalTime.parse(to), label),
                Set.of(days), since, null);
    }

    static LocalDateTime at(String isoLocal) {
        return LocalDateTime.parse(isoLocal);
    }
}
