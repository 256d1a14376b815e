package vn.motcua.queue.domain;

/** Where a booking is: booked (or moved), cancelled, or turned into a ticket at the kiosk. */
public enum BookingStatus {
    BOOKED, CANCELLED, CHECKED_IN
}
