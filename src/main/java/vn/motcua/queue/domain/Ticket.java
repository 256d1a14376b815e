package vn.motcua.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A queue ticket of an office's day: its number, the field it waits for, its priority (or none), and its way: waiting,
 * called to a counter (recalled a few times at most), served, done with the dossier received, or a no-show; sent to
 * another counter it waits again, for that counter first.
 *
 * @param forCounter the counter it was sent to, which calls it before its own queue; {@code null} for any counter
 * @param calls how many times it was called (the first call and each recall)
 */
public record Ticket(UUID id, String office, LocalDate day, int number, String field, Priority priority, TicketStatus status,
        Instant takenAt, Integer counter, Integer forCounter, String calledBy, int calls, Instant calledAt, Instant servingAt,
        Instant finishedAt, String dossierCode) {

    /** The most a ticket is called (the first call and two recalls). */
    public static final int MAX_CALLS = 3;
    public static final int MAX_NUMBER = 9999;

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("A ticket number is 1 to 9999");
        }
    }

    /** A ticket just taken. */
    public static Ticket taken(UUID id, String office, LocalDate day, int number, String field, Priority priority, Instant at) {
        return new Ticket(id, office, day, number, field, priority, TicketStatus.WAITING, at, null, null, null, 0, null, null,
                null, null);
    }

    /** The number as the board shows and the voice reads it: four digits. */
    public String shown() {
        return String.format("%04d", number);
    }

    public TicketDecision call(int atCounter, String officer, Instant at) {
        if (status != TicketStatus.WAITING) {
            return new TicketDecision.Refused(TicketRefusal.NOT_WAITING);
        }
        return made(TicketStatus.CALLED, atCounter, null, officer, 1, at, null, null, dossierCode);
    }

    public TicketDecision recall(Instant at) {
        if (status != TicketStatus.CALLED) {
            return new TicketDecision.Refused(TicketRefusal.NOT_CALLED);
        }
        if (calls >= MAX_CALLS) {
            return new TicketDecision.Refused(TicketRefusal.RECALLED_ENOUGH);
        }
        return made(TicketStatus.CALLED, counter, null, calledBy, calls + 1, at, null, null, dossierCode);
    }

    public TicketDecision noShow(Instant at) {
        if (status != TicketStatus.CALLED) {
            return new TicketDecision.Refused(TicketRefusal.NOT_CALLED);
        }
        return made(TicketStatus.NO_SHOW, counter, null, calledBy, calls, calledAt, null, at, dossierCode);
    }

    public TicketDecision start(Instant at) {
        if (status != TicketStatus.CALLED) {
            return new TicketDecision.Refused(TicketRefusal.NOT_CALLED);
        }
        return made(TicketStatus.SERVING, counter, null, calledBy, calls, calledAt, at, null, dossierCode);
    }

    /** Served; {@code dossier} is the dossier received, when one was (a dossier linked before stays otherwise). */
    public TicketDecision finish(String dossier, Instant at) {
        if (status != TicketStatus.SERVING) {
            return new TicketDecision.Refused(TicketRefusal.NOT_SERVING);
        }
        return made(TicketStatus.DONE, counter, null, calledBy, calls, calledAt, servingAt, at,
                dossier != null ? dossier : dossierCode);
    }

    /**
     * A dossier was accepted for the citizen at the counter: the ticket is being served (from {@code at} if it was only
     * called) and names the dossier, the first one when the citizen lodges several.
     */
    public TicketDecision received(String dossier, Instant at) {
        if (status != TicketStatus.CALLED && status != TicketStatus.SERVING) {
            return new TicketDecision.Refused(TicketRefusal.NOT_CALLED);
        }
        return made(TicketStatus.SERVING, counter, null, calledBy, calls, calledAt, servingAt != null ? servingAt : at, null,
                dossierCode != null ? dossierCode : dossier);
    }

    /** Sent to another counter: waits again, for that counter first, keeping the time it was taken. */
    public TicketDecision sendTo(int other) {
        if (status != TicketStatus.CALLED && status != TicketStatus.SERVING) {
            return new TicketDecision.Refused(TicketRefusal.NOT_CALLED);
        }
        if (counter != null && counter == other) {
            return new TicketDecision.Refused(TicketRefusal.SAME_COUNTER);
        }
        return made(TicketStatus.WAITING, null, other, null, 0, null, null, null, dossierCode);
    }

    /** From taking the ticket to the first call; empty while not called. */
    public java.util.Optional<Duration> waited() {
        return calledAt == null ? java.util.Optional.empty() : java.util.Optional.of(Duration.between(takenAt, calledAt));
    }

    private TicketDecision made(TicketStatus next, Integer atCounter, Integer sentTo, String by, int callCount, Instant called,
            Instant serving, Instant finished, String dossier) {
        return new TicketDecision.Made(new Ticket(id, office, day, number, field, priority, next, takenAt, atCounter, sentTo, by,
                callCount, called, serving, finished, dossier));
    }
}
