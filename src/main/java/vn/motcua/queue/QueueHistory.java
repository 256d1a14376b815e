package vn.motcua.queue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.Counter;
import vn.motcua.queue.domain.Priority;
import vn.motcua.queue.domain.Ticket;
import vn.motcua.queue.domain.TicketStatus;
import vn.motcua.queue.persistence.TicketRows;

/**
 * Tickets for the demo history's past dossiers received at the counter, so that the waiting figures show something on
 * first start: each dossier's citizen took a ticket, waited longer when more citizens had come in the hour before (a
 * few minutes a citizen ahead, shared among the counters that take the field, with a seeded spread), was served by the
 * officer who received the dossier for 3 to 12 minutes, and the ticket names the dossier. A few citizens before them
 * did not answer the call. Numbered per office and day by the time taken; never over a day's real tickets.
 */
@Service
public class QueueHistory {

    /** A dossier received at the counter in the past: where, when, by whom, for which field. */
    public record PastDossier(String office, String dossierCode, LocalDateTime receivedAt, String field, String officer) {
    }

    private final TicketRows rows;
    private final QueueTickets tickets;

    QueueHistory(TicketRows rows, QueueTickets tickets) {
        this.rows = rows;
        this.tickets = tickets;
    }

    /** Stores the tickets of the dossiers (one batch, in the caller's transaction); returns how many. */
    public int importHistory(List<PastDossier> dossiers) {
        var made = new ArrayList<Ticket>();
        var byDay = dossiers.stream().collect(Collectors.groupingBy(d -> d.office() + " " + d.receivedAt().toLocalDate()));
        for (var day : byDay.values()) {
            var sorted = day.stream().sorted(Comparator.comparing(PastDossier::receivedAt)).toList();
            String office = sorted.getFirst().office();
            List<Counter> counters = tickets.openCounters(office);
            if (counters.isEmpty()) {
                continue;
            }
            var random = new Random(office.hashCode() * 31L + sorted.getFirst().receivedAt().toLocalDate().toEpochDay());
            var days = new ArrayList<Ticket>();
            for (int i = 0; i < sorted.size(); i++) {
                PastDossier d = sorted.get(i);
                Counter counter = counterFor(counters, d.field());
                String field = counter.fields().contains(d.field()) ? d.field() : QueueTickets.ANY_FIELD;
                long sharing = Math.max(1, counters.stream().filter(c -> c.fields().isEmpty() || c.fields().contains(field)).count());
                int ahead = 0;
                for (int j = i - 1; j >= 0 && sorted.get(j).receivedAt().isAfter(d.receivedAt().minusHours(1)); j--) {
                    ahead++;
                }
                double waitMinutes = Math.min(90, ahead * 6.0 / sharing * (0.5 + random.nextDouble()) + random.nextDouble() * 4);
                LocalDateTime serving = d.receivedAt().minusMinutes(3 + random.nextInt(10));
                LocalDateTime called = serving.minusSeconds(30 + random.nextInt(60));
                LocalDateTime taken = called.minusSeconds((long) (waitMinutes * 60));
                LocalDateTime finished = d.receivedAt().plusMinutes(1 + random.nextInt(3));
                Priority priority = random.nextInt(20) == 0 ? Priority.ELDERLY : null;
                days.add(ticket(office, taken, field, priority, counter.number(), d.officer(), called, serving, finished,
                        d.dossierCode(), TicketStatus.DONE));
                if (random.nextInt(25) == 0) {
                    LocalDateTime absentCalled = taken.plusSeconds(random.nextInt(120));
                    days.add(ticket(office, taken.minusMinutes(2), field, null, counter.number(), d.officer(), absentCalled, null,
                            absentCalled.plusMinutes(2), null, TicketStatus.NO_SHOW));
                }
            }
            days.sort(Comparator.comparing(Ticket::takenAt));
            // a day may run over two batches: its numbers go on from those stored already
            int last = rows.lastNumber(office, days.getFirst().day());
            for (int n = 0; n < days.size() && last + n < Ticket.MAX_NUMBER; n++) {
                made.add(renumbered(days.get(n), last + n + 1));
            }
        }
        rows.insertHistory(made);
        return made.size();
    }

    private static Counter counterFor(List<Counter> counters, String field) {
        return counters.stream().filter(c -> c.fields().contains(field)).findFirst()
                .or(() -> counters.stream().filter(c -> c.fields().isEmpty()).findFirst()).orElse(counters.getFirst());
    }

    private static Ticket ticket(String office, LocalDateTime taken, String field, Priority priority, int counter, String officer,
            LocalDateTime called, LocalDateTime serving, LocalDateTime finished, String dossier, TicketStatus status) {
        return new Ticket(UUID.randomUUID(), office, taken.toLocalDate(), 1, field, priority, status, at(taken), counter, null,
                officer, 1, at(called), serving == null ? null : at(serving), at(finished), dossier);
    }

    private static Ticket renumbered(Ticket t, int number) {
        return new Ticket(t.id(), t.office(), t.day(), number, t.field(), t.priority(), t.status(), t.takenAt(), t.counter(),
                t.forCounter(), t.calledBy(), t.calls(), t.calledAt(), t.servingAt(), t.finishedAt(), t.dossierCode());
    }

    private static Instant at(LocalDateTime t) {
        return t.atZone(WorkingCalendars.ZONE).toInstant();
    }
}
