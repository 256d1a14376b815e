package vn.motcua.queue.domain;

/** What a command to a ticket decided: the ticket after it, or why it was refused. */
public sealed interface TicketDecision {

    record Made(Ticket ticket) implements TicketDecision {
    }

    record Refused(TicketRefusal reason) implements TicketDecision {
    }
}
