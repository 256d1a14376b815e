package vn.motcua.queue.domain;

/** Why a booking command was refused; each has a message {@code queue.error.booking.refusal.<name>}. */
public enum BookingRefusal {
    /** Cancelled or already turned into a ticket. */
    NOT_BOOKED,
    /** Its time is over. */
    PASSED,
    /** More than an hour before its time. */
    TOO_EARLY,
    SAME_SLOT
}
