package vn.motcua.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.Counter;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.queue.domain.Ticket;
import vn.motcua.queue.domain.TicketDecision;
import vn.motcua.queue.persistence.TicketRows;

/**
 * The officer at a counter: calls the next ticket (sent to this counter first, then priority, then the oldest, among
 * the counter's fields; a ticket another counter is taking at the same moment is skipped, never shared), recalls it,
 * marks a no-show, starts and finishes the service (with the dossier received), or sends it to another counter. Who
 * called and when is kept on the ticket.
 */
@Service
public class CounterCalls {

    private final TicketRows rows;
    private final QueueTickets tickets;
    private final Clock clock;
    private final TransactionTemplate writing;

    CounterCalls(TicketRows rows, QueueTickets tickets, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.tickets = tickets;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** The counters of the officer's office the officer may sit at. */
    public List<Counter> counters(OfficeMember member) {
        requireDesk(member);
        return tickets.openCounters(member.officeCode());
    }

    /** The ticket at the counter now (called or being served). */
    public Optional<Ticket> current(OfficeMember member, int counter) {
        counter(member, counter);
        return rows.atCounter(member.officeCode(), today(), counter);
    }

    /** Calls the next ticket to the counter; empty when nobody waits for it. Refused while it still has one. */
    public Optional<Ticket> callNext(OfficeMember member, int counterNumber) {
        Counter counter = counter(member, counterNumber);
        return writing.execute(status -> {
            if (rows.atCounter(member.officeCode(), today(), counterNumber).isPresent()) {
                throw new InvalidValueException("queue.busy", "Finish or release the ticket at the counter first");
            }
            var fields = counter.fields();
            return rows.nextFor(member.officeCode(), today(), counterNumber, fields, clock.instant()).map(t -> {
                Ticket called = made(t.call(counterNumber, member.getUsername(), clock.instant()));
                rows.update(called);
                rows.boardChanged(called.office());
                return called;
            });
        });
    }

    public Ticket recall(OfficeMember member, UUID id) {
        return change(member, id, t -> t.recall(clock.instant()));
    }

    public Ticket noShow(OfficeMember member, UUID id) {
        return change(member, id, t -> t.noShow(clock.instant()));
    }

    public Ticket start(OfficeMember member, UUID id) {
        return change(member, id, t -> t.start(clock.instant()));
    }

    /** Served; {@code dossierCode} is the dossier received for it, when one was (at most 60 characters). */
    public Ticket finish(OfficeMember member, UUID id, String dossierCode) {
        String dossier = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.strip();
        if (dossier != null && (dossier.length() > 60 || !dossier.matches("[A-Za-z0-9.\\-]+"))) {
            throw new InvalidValueException("queue.dossierCode", "Not a dossier code");
        }
        return change(member, id, t -> t.finish(dossier, clock.instant()));
    }

    public Ticket sendTo(OfficeMember member, UUID id, int other) {
        counter(member, other);
        return change(member, id, t -> t.sendTo(other));
    }

    private Ticket change(OfficeMember member, UUID id, Function<Ticket, TicketDecision> command) {
        requireDesk(member);
        return writing.execute(status -> {
            Ticket t = rows.forUpdate(id).filter(x -> x.office().equals(member.officeCode()))
                    .orElseThrow(() -> new NotFoundException("No ticket " + id));
            Ticket after = made(command.apply(t));
            rows.update(after);
            if (after.dossierCode() != null) {
                rows.link(after.id(), after.dossierCode(), clock.instant(), member.getUsername());
            }
            rows.boardChanged(after.office());
            return after;
        });
    }

    /** The dossiers received for the ticket, first first. */
    public List<String> dossiers(OfficeMember member, Ticket ticket) {
        requireDesk(member);
        return ticket.office().equals(member.officeCode()) ? rows.dossiers(ticket.id()) : List.of();
    }

    static Ticket made(TicketDecision decision) {
        return switch (decision) {
            case TicketDecision.Made made -> made.ticket();
            case TicketDecision.Refused refused -> throw new InvalidValueException("queue.refusal." + refused.reason().name(),
                    "Refused: " + refused.reason());
        };
    }

    private Counter counter(OfficeMember member, int number) {
        requireDesk(member);
        return tickets.openCounters(member.officeCode()).stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow(() -> new InvalidValueException("queue.counter", "No open counter " + number));
    }

    private static void requireDesk(OfficeMember member) {
        if (!member.holds("RECEPTION")) {
            throw new AccessDeniedException(member.getUsername() + " does not sit at a counter");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
    }
}
