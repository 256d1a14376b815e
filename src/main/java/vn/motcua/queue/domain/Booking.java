package vn.motcua.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A booked time at an office's desk for a procedure: who (a name and a phone to remind), when, and its way: booked,
 * moved, cancelled, or turned into a ticket at the kiosk (from an hour before its time to its end). A booking never
 * checked in by its end is a no-show.
 */
public record Booking(UUID id, String code, String office, String procedureCode, String procedureName, String field,
        LocalDate day, BookingSlot slot, String name, String phone, BookingStatus status, Instant bookedAt,
        Instant changedAt, UUID ticket) {

    public static final int MAX_NAME = 100;
    /** How early before its time a booking turns into a ticket. */
    public static final Duration EARLY = Duration.ofMinutes(60);

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(status, "status");
        name = name(name);
        phone = phone(phone);
    }

    /** A name as typed: 1 to 100 characters, spaces tidied. */
    public static String name(String typed) {
        String value = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (value.isEmpty() || value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("booking.name", "A name of 1 to 100 characters");
        }
        return value;
    }

    /** A Vietnamese phone number for the reminder: 10 digits from 0, or +84 and 9 digits; spaces and dots dropped. */
    public static String phone(String typed) {
        String value = typed == null ? "" : typed.replaceAll("[\\s.\\-]", "");
        if (value.startsWith("+84")) {
            value = "0" + value.substring(3);
        }
        if (!value.matches("0\\d{9}")) {
            throw new InvalidValueException("booking.phone", "A phone number of 10 digits");
        }
        return value;
    }

    public LocalDateTime startsAt() {
        return day.atTime(slot.start());
    }

    public LocalDateTime endsAt() {
        return day.atTime(slot.end());
    }

    public BookingDecision cancel(Instant at, LocalDateTime now) {
        if (status != BookingStatus.BOOKED) {
            return new BookingDecision.Refused(BookingRefusal.NOT_BOOKED);
        }
        if (!now.isBefore(endsAt())) {
            return new BookingDecision.Refused(BookingRefusal.PASSED);
        }
        return made(BookingStatus.CANCELLED, day, slot, at, null);
    }

    /** Moved to another slot (whose room the caller has reserved). */
    public BookingDecision moveTo(LocalDate otherDay, BookingSlot other, Instant at, LocalDateTime now) {
        if (status != BookingStatus.BOOKED) {
            return new BookingDecision.Refused(BookingRefusal.NOT_BOOKED);
        }
        if (!now.isBefore(endsAt())) {
            return new BookingDecision.Refused(BookingRefusal.PASSED);
        }
        if (otherDay.equals(day) && other.equals(slot)) {
            return new BookingDecision.Refused(BookingRefusal.SAME_SLOT);
        }
        return made(BookingStatus.BOOKED, otherDay, other, at, null);
    }

    /** At the kiosk: from an hour before its time until its end, on its day. */
    public BookingDecision checkIn(UUID ticketId, Instant at, LocalDateTime now) {
        if (status != BookingStatus.BOOKED) {
            return new BookingDecision.Refused(BookingRefusal.NOT_BOOKED);
        }
        if (now.isBefore(startsAt().minus(EARLY))) {
            return new BookingDecision.Refused(BookingRefusal.TOO_EARLY);
        }
        if (!now.isBefore(endsAt())) {
            return new BookingDecision.Refused(BookingRefusal.PASSED);
        }
        return made(BookingStatus.CHECKED_IN, day, slot, at, ticketId);
    }

    /** Booked, never checked in, and its time is over. */
    public boolean noShowAt(LocalDateTime now) {
        return status == BookingStatus.BOOKED && !now.isBefore(endsAt());
    }

    /** The name as public pages show it: each word's first letter ("N. V. A."). */
    public String nameShown() {
        var shown = new StringBuilder();
        for (String word : name.split(" ")) {
            shown.append(word.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append)).append(". ");
        }
        return shown.toString().strip();
    }

    /** The phone as public pages show it: its last three digits. */
    public String phoneShown() {
        return "*******" + phone.substring(7);
    }

    private BookingDecision made(BookingStatus next, LocalDate d, BookingSlot s, Instant at, UUID ticketId) {
        return new BookingDecision.Made(new Booking(id, code, office, procedureCode, procedureName, field, d, s, name, phone,
                next, bookedAt, at, ticketId));
    }
}
