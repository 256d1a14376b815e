package vn.motcua.queue.domain;

/** Where a ticket stands. */
public enum TicketStatus {
    /** Taken, waiting to be called. */
    WAITING,
    /** Called to a counter; the citizen is on the way. */
    CALLED,
    /** Being served at the counter. */
    SERVING,
    /** Served. */
    DONE,
    /** Called and did not come. */
    NO_SHOW
}
