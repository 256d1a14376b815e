package vn.motcua.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.Desks;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.queue.domain.KioskHours;
import vn.motcua.queue.domain.Priority;
import vn.motcua.queue.domain.Ticket;
import vn.motcua.queue.domain.WaitEstimate;
import vn.motcua.queue.persistence.KioskRows;
import vn.motcua.queue.persistence.TicketRows;

/**
 * Tickets: taken at a kiosk of the office (by its device token; more than the office allows in a minute is refused) or
 * by an officer for a citizen, for one of the fields the office's open counters take, with a priority or none;
 * numbered per office and day in PostgreSQL; with the people ahead and the wait the ticket shows.
 */
@Service
@EnableConfigurationProperties(QueueSettings.class)
public class QueueTickets {

    /** The field offered when a counter takes every field. */
    public static final String ANY_FIELD = "Các lĩnh vực khác";

    private final TicketRows rows;
    private final KioskDevices devices;
    private final KioskRows kiosks;
    private final Desks desks;
    private final QueueSettings settings;
    private final WorkingCalendars calendars;
    private final Clock clock;
    private final TransactionTemplate writing;

    QueueTickets(TicketRows rows, KioskDevices devices, KioskRows kiosks, Desks desks,
            QueueSettings settings, WorkingCalendars calendars, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.devices = devices;
        this.kiosks = kiosks;
        this.desks = desks;
        this.settings = settings;
        this.calendars = calendars;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** A ticket with what it shows: the people ahead in its field and the estimated wait (-1: no counter open for it). */
    public record Taken(Ticket ticket, int ahead, int waitMinutes) {
    }

    /** The office's open counters. */
    List<Counter> openCounters(String office) {
        return desks.of(AgencyCode.of(office)).stream().flatMap(d -> d.counters().stream()).filter(Counter::active).toList();
    }

    /** The fields the office's open counters take, as the kiosk offers them. */
    public List<String> fields(String office) {
        var fields = new ArrayList<String>();
        boolean any = false;
        for (Counter c : openCounters(office)) {
            if (c.fields().isEmpty()) {
                any = true;
            }
            c.fields().stream().filter(f -> !fields.contains(f)).forEach(fields::add);
        }
        if (any || fields.isEmpty()) {
            fields.add(ANY_FIELD);
        }
        return fields;
    }

    /** The office a kiosk token binds to; empty for an unknown or revoked token. */
    public java.util.Optional<String> kioskOffice(String token) {
        return devices.device(token).map(d -> d.office());
    }

    /** A ticket from the office's kiosk. */
    public Taken takeAtKiosk(String token, String office, String field, Priority priority) {
        var device = devices.device(token).filter(d -> d.office().equals(office))
                .orElseThrow(() -> new InvalidValueException("queue.kiosk", "This kiosk is not bound to the office"));
        if (!kioskGivesNow(office)) {
            throw new InvalidValueException("queue.closed", "The kiosk gives no ticket at this time");
        }
        if (kiosks.countTicket(device.tokenSha256(), clock.instant().truncatedTo(ChronoUnit.MINUTES)) > settings.ticketsPerMinute()) {
            throw new InvalidValueException("queue.tooMany", "Too many tickets from this kiosk in a minute");
        }
        return take(office, field, priority, "KIOSK");
    }

    /**
     * When the office's kiosks give tickets today, by its calendar (with its service models' sessions); an office
     * without a calendar gives them at any time.
     */
    public KioskHours kioskHours(String office) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        return calendars.of(AgencyCode.of(office)).map(c -> KioskHours.of(c.day(today), settings.kioskOpensMinutesBefore()))
                .orElse(new KioskHours(List.of(new WorkingSession(LocalTime.MIN, LocalTime.MAX, null)), null, 0));
    }

    /** Whether the office's kiosks give tickets now. */
    public boolean kioskGivesNow(String office) {
        return kioskHours(office).givesAt(LocalTime.now(clock.withZone(WorkingCalendars.ZONE)));
    }

    /** A ticket the officer takes for a citizen at the desk (priority chosen by the officer). */
    public Taken takeAtDesk(OfficeMember member, String field, Priority priority) {
        if (!member.holds("RECEPTION")) {
            throw new AccessDeniedException(member.getUsername() + " does not give tickets");
        }
        return take(member.officeCode(), field, priority, "DESK");
    }

    private Taken take(String office, String field, Priority priority, String source) {
        return take(office, field, priority, source, null);
    }

    /** A ticket; {@code bookedFor}: the booked time of a ticket from a booking. In the caller's transaction if any. */
    Taken take(String office, String field, Priority priority, String source, java.time.Instant bookedFor) {
        if (field == null || !fields(office).contains(field)) {
            throw new InvalidValueException("queue.field", "Choose one of the office's fields");
        }
        LocalDate day = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        Ticket ticket = writing.execute(status -> {
            int number = rows.nextNumber(office, day);
            if (number > Ticket.MAX_NUMBER) {
                throw new InvalidValueException("queue.full", "No more tickets today");
            }
            var t = Ticket.taken(UUID.randomUUID(), office, day, number, field, priority, clock.instant());
            rows.insert(t, source, bookedFor);
            return t;
        });
        return shown(ticket);
    }

    /** A ticket as its page shows it (public by its id: a number, a field and a wait; nothing personal). */
    public Taken ticket(UUID id) {
        return rows.find(id).map(this::shown).orElseThrow(() -> new NotFoundException("No ticket " + id));
    }

    private Taken shown(Ticket t) {
        int ahead = rows.ahead(t.office(), t.day(), t.field(), t.takenAt(), t.number());
        long open = openCounters(t.office()).stream()
                .filter(c -> c.fields().isEmpty() || c.fields().contains(t.field())).count();
        return new Taken(t, ahead, WaitEstimate.minutes(ahead, (int) open, settings.minutesPerCitizen()));
    }
}
