package vn.motcua.queue.domain;

/** Why a ticket command was refused; each has a message {@code queue.refusal.<name>}. */
public enum TicketRefusal {
    /** Calling, recalling or serving a ticket that is not where the command needs it. */
    NOT_CALLED,
    NOT_WAITING,
    NOT_SERVING,
    /** Recalled as often as the office allows: mark it a no-show instead. */
    RECALLED_ENOUGH,
    /** Sent to the counter it is at. */
    SAME_COUNTER
}
