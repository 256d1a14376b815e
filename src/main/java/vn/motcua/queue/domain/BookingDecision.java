package vn.motcua.queue.domain;

/** What a booking command decided: the booking after it, or why not. */
public sealed interface BookingDecision {

    record Made(Booking booking) implements BookingDecision {
    }

    record Refused(BookingRefusal reason) implements BookingDecision {
    }
}
