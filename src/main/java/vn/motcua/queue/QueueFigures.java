package vn.motcua.queue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.queue.domain.WaitingFigures;
import vn.motcua.queue.persistence.BookingRows;
import vn.motcua.queue.persistence.TicketRows;

/**
 * Waiting measured: the offices' tickets of a period read into {@link WaitingFigures} (each ticket's session from the
 * office's calendar of its day: the service models' sessions by their names), the bookings never checked in, and the
 * arrivals and waits of a weekly window (a model's session) for before-and-after comparisons.
 */
@Service
public class QueueFigures {

    /** At most this many tickets are read for one set of figures (a large office's several years). */
    public static final int MAX_TICKETS = 1_000_000;
    public static final String ORDINARY = "Giờ làm việc thường";
    public static final String OUTSIDE = "Ngoài giờ làm việc";

    private final TicketRows tickets;
    private final BookingRows bookings;
    private final WorkingCalendars calendars;
    private final Clock clock;

    QueueFigures(TicketRows tickets, BookingRows bookings, WorkingCalendars calendars, Clock clock) {
        this.tickets = tickets;
        this.bookings = bookings;
        this.calendars = calendars;
        this.clock = clock;
    }

    public WaitingFigures figures(List<String> offices, LocalDate from, LocalDate to) {
        if (offices.isEmpty()) {
            return WaitingFigures.of(List.of());
        }
        var cals = new HashMap<String, OfficeCalendar>();
        var facts = tickets.times(offices, from, to, MAX_TICKETS).stream().map(t -> {
            LocalDateTime taken = LocalDateTime.ofInstant(t.taken(), WorkingCalendars.ZONE);
            var calendar = cals.computeIfAbsent(t.office(), o -> calendars.of(AgencyCode.of(o)).orElse(null));
            return new WaitingFigures.TicketFact(taken, between(t.taken(), t.firstCalled()), between(t.serving(), t.finished()),
                    t.counter() == null ? null : t.counter().toString(), t.officer(), t.field(), session(calendar, taken),
                    "NO_SHOW".equals(t.status()));
        }).toList();
        return WaitingFigures.of(facts);
    }

    /** A visit to the desk (a ticket), in the office's local time, with the dossiers received at it. */
    public record Visit(LocalDateTime taken, LocalDateTime firstCalled, LocalDateTime serving, LocalDateTime finished,
            Integer counter, String field, boolean noShow, List<String> dossiers) {
    }

    /** The office's tickets of the period in the order taken (at most {@value #MAX_TICKETS}). */
    public List<Visit> visits(String office, LocalDate from, LocalDate to) {
        return tickets.visits(office, from, to, MAX_TICKETS).stream().map(v -> new Visit(local(v.taken()), local(v.firstCalled()),
                local(v.serving()), local(v.finished()), v.counter(), v.field(), "NO_SHOW".equals(v.status()), v.dossiers())).toList();
    }

    private static LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, WorkingCalendars.ZONE);
    }

    /** The offices' overall figures of the period, counted in PostgreSQL (the dashboard's card). */
    public WaitingFigures.Stat overall(List<String> offices, LocalDate from, LocalDate to) {
        return offices.isEmpty() ? WaitingFigures.of(List.of()).overall() : tickets.overall(offices, from, to);
    }

    /** Bookings of the offices between the days whose time ended without a check-in. */
    public int bookingNoShows(List<String> offices, LocalDate from, LocalDate to) {
        return offices.isEmpty() ? 0 : bookings.noShows(offices, from, to, LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE)));
    }

    /** Arrivals and waits of a weekly window: tickets taken on the weekdays, between the times (all day when null). */
    public record Window(int arrivals, WaitingFigures.Stat stat) {
    }

    public Window window(String office, LocalDate from, LocalDate to, Set<DayOfWeek> weekdays, LocalTime start, LocalTime end) {
        var facts = tickets.times(List.of(office), from, to, MAX_TICKETS).stream().map(t -> {
            LocalDateTime taken = LocalDateTime.ofInstant(t.taken(), WorkingCalendars.ZONE);
            return new WaitingFigures.TicketFact(taken, between(t.taken(), t.firstCalled()), between(t.serving(), t.finished()),
                    null, null, null, null, "NO_SHOW".equals(t.status()));
        }).filter(f -> weekdays.isEmpty() || weekdays.contains(f.taken().getDayOfWeek()))
                .filter(f -> start == null || (!f.taken().toLocalTime().isBefore(start) && f.taken().toLocalTime().isBefore(end)))
                .toList();
        return new Window(facts.size(), WaitingFigures.of(facts).overall());
    }

    private static String session(OfficeCalendar calendar, LocalDateTime taken) {
        if (calendar == null) {
            return ORDINARY;
        }
        var day = calendar.day(taken.toLocalDate());
        LocalTime time = taken.toLocalTime();
        for (WorkingSession s : day.sessions()) {
            if (s.contains(time) || (time.isBefore(s.start()) && !time.isBefore(s.start().minusMinutes(30)))) {
                return s.label() == null ? ORDINARY : s.label();
            }
        }
        for (WorkingSession s : day.receptionOnly()) {
            if (s.contains(time)) {
                return s.label() == null ? ORDINARY : s.label();
            }
        }
        return OUTSIDE;
    }

    private static Duration between(Instant a, Instant b) {
        return a == null || b == null ? null : Duration.between(a, b);
    }
}
