package vn.motcua.queue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.database.SharedRates;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.queue.domain.Booking;
import vn.motcua.queue.domain.BookingDecision;
import vn.motcua.queue.domain.BookingSettings;
import vn.motcua.queue.domain.BookingSlot;
import vn.motcua.queue.domain.BookingStatus;
import vn.motcua.queue.domain.Priority;
import vn.motcua.queue.persistence.BookingRows;

/**
 * Booked slots: the days and times an office's desk may be booked for a procedure (its calendar's sessions, with its
 * service models' extra sessions; never a day off), each slot for as many citizens as the office sets; a booking with
 * a code to cancel or move it; never more than the slot's capacity, on any instance; at most the office's number of
 * bookings a day for one phone.
 */
@Service
public class Bookings {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;

    private final BookingRows rows;
    private final WorkingCalendars calendars;
    private final Catalogue catalogue;
    private final Offices offices;
    private final QueueTickets tickets;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final SecureRandom random = new SecureRandom();
    private final SharedRates.Limiter perAddress;

    Bookings(BookingRows rows, WorkingCalendars calendars, Catalogue catalogue, Offices offices, QueueTickets tickets,
            AuditTrail audit, SharedRates rates, Clock clock, PlatformTransactionManager transactions) {
        this.perAddress = rates.limiter("booking", 10, java.time.Duration.ofHours(1));
        this.rows = rows;
        this.calendars = calendars;
        this.catalogue = catalogue;
        this.offices = offices;
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** A slot and how many places it has left. */
    public record Free(BookingSlot slot, int places) {
    }

    /** A day the office may be booked: its slots, or why none (a day off's reason, "" for a weekend). */
    public record BookableDay(LocalDate day, String dayOff, List<Free> slots) {
    }

    /** An office receiving the procedure that has a desk to book. */
    public record Place(String office, String name) {
    }

    /** The procedure as booked: its name and field in the version in force today. */
    public ProcedureVersion procedure(String code) {
        try {
            return catalogue.versionOn(ProcedureCode.of(code), today()).orElseThrow(() -> new NotFoundException("No procedure " + code));
        } catch (InvalidValueException e) {
            throw new NotFoundException("No procedure " + code);
        }
    }

    /** The offices receiving the procedure whose desks have counters open. */
    public List<Place> places(String procedureCode) {
        procedure(procedureCode);
        return catalogue.officesOffering(ProcedureCode.of(procedureCode)).stream()
                .filter(office -> !tickets.openCounters(office.value()).isEmpty())
                .map(office -> new Place(office.value(), offices.find(office).map(Agency::name).orElse(office.value()))).toList();
    }

    public BookingSettings settingsToday(String office) {
        return settings(office, today());
    }

    public BookingSettings settings(String office, LocalDate day) {
        return rows.settings(office, day).orElse(BookingSettings.DEFAULT);
    }

    /** The office's bookable days from today, with the places left in each slot (past slots of today left out). */
    public List<BookableDay> days(String office) {
        LocalDate today = today();
        var calendar = calendars.of(AgencyCode.of(office)).orElseThrow(() -> new NotFoundException("No office " + office));
        int ahead = settings(office, today).daysAhead();
        var taken = rows.taken(office, today, today.plusDays(ahead));
        LocalTime now = now().toLocalTime();
        var days = new ArrayList<BookableDay>();
        for (int i = 0; i <= ahead; i++) {
            LocalDate day = today.plusDays(i);
            DaySchedule schedule = calendar.day(day);
            BookingSettings s = settings(office, day);
            var free = new ArrayList<Free>();
            for (BookingSlot slot : BookingSlot.of(schedule, s.slotMinutes())) {
                if (i == 0 && !slot.start().isAfter(now)) {
                    continue;
                }
                int used = taken.getOrDefault(day, Map.of()).getOrDefault(slot.start(), 0);
                free.add(new Free(slot, Math.max(0, s.perSlot() - used)));
            }
            String off = free.isEmpty() && schedule.sessions().isEmpty() && schedule.receptionOnly().isEmpty()
                    ? (schedule.reason() == null ? "" : schedule.reason()) : null;
            days.add(new BookableDay(day, off, free));
        }
        return days;
    }

    /**
     * Books the slot starting at {@code start} on the day for the procedure at the office. Refused (with the field it
     * concerns) for a bad name or phone, a procedure the office does not receive, a day or time not bookable, a full
     * slot, or a phone that has booked as many times that day as the office allows.
     */
    public Booking book(String office, String procedureCode, LocalDate day, LocalTime start, String name, String phone,
            String addressHash) {
        if (!perAddress.tryAcquire(addressHash)) {
            throw new InvalidValueException("booking.tooMany", "Too many bookings from this address in an hour");
        }
        String cleanName = Booking.name(name);
        String cleanPhone = Booking.phone(phone);
        ProcedureVersion version = procedure(procedureCode);
        if (catalogue.offering(AgencyCode.of(office), version.code()).isEmpty()) {
            throw new InvalidValueException("booking.procedure", "The office does not receive the procedure");
        }
        BookingSettings s = settings(office, day);
        BookingSlot slot = bookable(office, day, start, s);
        String field = fieldAt(office, version.field());
        return writing.execute(status -> {
            if (rows.bookedFor(cleanPhone, day) >= s.perPhonePerDay()) {
                throw new InvalidValueException("booking.perPhone", "This phone has booked as often as allowed that day");
            }
            if (!rows.reserve(office, day, slot.start(), s.perSlot())) {
                throw new InvalidValueException("booking.full", "The slot is full");
            }
            var booking = new Booking(UUID.randomUUID(), newCode(), office, version.code().value(), version.name(), field, day,
                    slot, cleanName, cleanPhone, BookingStatus.BOOKED, clock.instant(), null, null);
            rows.insert(booking);
            audited("booking.booked", booking, "citizen", day + " " + slot.start());
            return booking;
        });
    }

    public Booking find(String code) {
        return rows.find(clean(code)).orElseThrow(() -> new NotFoundException("No booking"));
    }

    public Booking cancel(String code) {
        return writing.execute(status -> {
            Booking b = rows.forUpdate(clean(code)).orElseThrow(() -> new NotFoundException("No booking"));
            Booking after = made(b.cancel(clock.instant(), now()));
            rows.update(after);
            rows.release(b.office(), b.day(), b.slot().start());
            audited("booking.cancelled", b, "citizen", b.day() + " " + b.slot().start());
            return after;
        });
    }

    public Booking move(String code, LocalDate day, LocalTime start) {
        Booking current = find(code);
        BookingSettings s = settings(current.office(), day);
        BookingSlot slot = bookable(current.office(), day, start, s);
        return writing.execute(status -> {
            Booking b = rows.forUpdate(current.code()).orElseThrow(() -> new NotFoundException("No booking"));
            Booking after = made(b.moveTo(day, slot, clock.instant(), now()));
            if (!day.equals(b.day()) && rows.bookedFor(b.phone(), day) >= s.perPhonePerDay()) {
                throw new InvalidValueException("booking.perPhone", "This phone has booked as often as allowed that day");
            }
            if (!rows.reserve(b.office(), day, slot.start(), s.perSlot())) {
                throw new InvalidValueException("booking.full", "The slot is full");
            }
            rows.release(b.office(), b.day(), b.slot().start());
            rows.update(after);
            audited("booking.moved", b, "citizen", day + " " + slot.start());
            return after;
        });
    }

    /** At the office's kiosk: the booking becomes a ticket served first from its booked time. */
    public QueueTickets.Taken checkIn(String kioskToken, String office, String code) {
        if (tickets.kioskOffice(kioskToken).filter(office::equals).isEmpty()) {
            throw new InvalidValueException("queue.kiosk", "This kiosk is not bound to the office");
        }
        return writing.execute(status -> {
            Booking b = rows.forUpdate(clean(code)).filter(x -> x.office().equals(office))
                    .orElseThrow(() -> new InvalidValueException("booking.unknown", "No such booking at this office"));
            if (b.status() == BookingStatus.BOOKED && !b.day().equals(today())) {
                throw new InvalidValueException("booking.refusal.OTHER_DAY", "The booking is for another day");
            }
            made(b.checkIn(UUID.randomUUID(), clock.instant(), now()));
            var taken = tickets.take(office, b.field(), Priority.BOOKED, "KIOSK",
                    b.startsAt().atZone(WorkingCalendars.ZONE).toInstant());
            Booking checked = made(b.checkIn(taken.ticket().id(), clock.instant(), now()));
            rows.update(checked);
            audited("booking.checkedIn", checked, "kiosk", taken.ticket().shown());
            return taken;
        });
    }

    /** How far ahead booking rules may be set. */
    static final int SETTINGS_YEARS_AHEAD = 5;

    /** An office's administrator sets its booking rules from a day on (today or later). */
    public void setSettings(OfficeMember member, BookingSettings s) {
        if (!member.holds("ADMIN")) {
            throw new AccessDeniedException(member.getUsername() + " does not set the office's bookings");
        }
        if (s.validFrom().isBefore(today()) || s.validFrom().isAfter(today().plusYears(SETTINGS_YEARS_AHEAD))) {
            throw new InvalidValueException("booking.validFrom", "Rules apply from today on, at most 5 years ahead");
        }
        writing.executeWithoutResult(status -> {
            rows.saveSettings(member.officeCode(), s, member.getUsername(), clock.instant());
            audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "booking.settings",
                    "office:" + member.officeCode(), s.toString()));
        });
    }

    private void audited(String action, Booking b, String actor, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor, b.office(), action, "booking:" + b.code(), detail));
    }

    private BookingSlot bookable(String office, LocalDate day, LocalTime start, BookingSettings s) {
        LocalDate today = today();
        if (day == null || start == null || day.isBefore(today) || day.isAfter(today.plusDays(settings(office, today).daysAhead()))) {
            throw new InvalidValueException("booking.slot", "Not a bookable day");
        }
        var calendar = calendars.of(AgencyCode.of(office)).orElseThrow(() -> new NotFoundException("No office " + office));
        Optional<BookingSlot> slot = BookingSlot.of(calendar.day(day), s.slotMinutes()).stream()
                .filter(x -> x.start().equals(start)).findFirst();
        if (slot.isEmpty() || (day.equals(today) && !start.isAfter(now().toLocalTime()))) {
            throw new InvalidValueException("booking.slot", "Not a bookable time");
        }
        return slot.get();
    }

    /** The kiosk field a booking's ticket waits in: the procedure's field if a counter takes it, else any counter's. */
    private String fieldAt(String office, String procedureField) {
        var fields = tickets.fields(office);
        if (procedureField != null && fields.contains(procedureField)) {
            return procedureField;
        }
        return fields.contains(QueueTickets.ANY_FIELD) ? QueueTickets.ANY_FIELD : fields.getFirst();
    }

    private static Booking made(BookingDecision decision) {
        return switch (decision) {
            case BookingDecision.Made made -> made.booking();
            case BookingDecision.Refused refused -> throw new InvalidValueException("booking.refusal." + refused.reason().name(),
                    "Refused: " + refused.reason());
        };
    }

    private String newCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static String clean(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9]{" + CODE_LENGTH + "}")) {
            throw new NotFoundException("No booking");
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE));
    }
}
