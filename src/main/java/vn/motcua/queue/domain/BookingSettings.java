package vn.motcua.queue.domain;

import java.time.LocalDate;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * An office's booking rules from a day on: slots of {@code slotMinutes} in the sessions its desk receives, each for
 * {@code perSlot} citizens; bookable from today to {@code daysAhead} days on; at most {@code perPhonePerDay} bookings a
 * day for one phone (Hà Nội's centre: today and the next 6 days, two numbers a person a day).
 */
public record BookingSettings(LocalDate validFrom, int slotMinutes, int perSlot, int daysAhead, int perPhonePerDay) {

    public static final BookingSettings DEFAULT = new BookingSettings(LocalDate.of(2000, 1, 1), 30, 3, 6, 2);

    public BookingSettings {
        Objects.requireNonNull(validFrom, "validFrom");
        if (slotMinutes < 10 || slotMinutes > 120) {
            throw new InvalidValueException("booking.slotMinutes", "A slot lasts 10 to 120 minutes");
        }
        if (perSlot < 1 || perSlot > 100) {
            throw new InvalidValueException("booking.perSlot", "A slot takes 1 to 100 citizens");
        }
        if (daysAhead < 0 || daysAhead > 60) {
            throw new InvalidValueException("booking.daysAhead", "Bookable 0 to 60 days ahead");
        }
        if (perPhonePerDay < 1 || perPhonePerDay > 5) {
            throw new InvalidValueException("booking.perPhone", "1 to 5 bookings a day for one phone");
        }
    }
}
