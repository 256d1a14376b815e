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
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
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
    private final WorkingCalendars calendars;

    QueueHistory(TicketRows rows, QueueTickets tickets, WorkingCalendars calendars) {
        this.rows = rows;
        this.tickets = tickets;
        this.calendars = calendars;
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
            var sessions = calendars.of(AgencyCode.of(office)).map(c -> c.day(sorted.getFirst().receivedAt().toLocalDate()).sessions())
                    .orElse(List.of());
            var random = new Random(office.hashCode() * 31L + sorted.getFirst().receivedAt().toLocalDate().toEpochDay());
            var days = new ArrayList<Ticket>();
            var serving = new Desk(counters.size());
            var date = sorted.getFirst().receivedAt().toLocalDate();
            for (var last : rows.lastServices(office, date)) {
                for (int k = 0; k < counters.size(); k++) {
                    if (counters.get(k).number() == last.counter()) {
                        serving.resume(k, local(last.start()), local(last.end()));
                    }
                }
            }
            rows.lastTaken(office, date).ifPresent(t -> serving.resumeTaken(local(t)));
            for (PastDossier d : sorted) {
                String field = counterFor(counters, d.field()).fields().contains(d.field()) ? d.field() : QueueTickets.ANY_FIELD;
                var visit = serving.serve(d.receivedAt(), sessions, random);
                Priority priority = random.nextInt(20) == 0 ? Priority.ELDERLY : null;
                int counter = counters.get(visit.counter()).number();
                days.add(ticket(office, visit.taken(), field, priority, counter, d.officer(), visit.called(), visit.start(),
                        visit.end(), d.dossierCode(), TicketStatus.DONE));
                if (random.nextInt(25) == 0) {
                    LocalDateTime absentCalled = visit.taken().plusSeconds(random.nextInt(120));
                    days.add(ticket(office, visit.taken().minusMinutes(2), field, null, counter, d.officer(), absentCalled, null,
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

    /** A past visit: when the ticket was taken, called, served from and to, at which counter (an index). */
    record Visit(LocalDateTime taken, LocalDateTime called, LocalDateTime start, LocalDateTime end, int counter) {
    }

    /**
     * The day's counters serving the demo's citizens in turn, so that the history is one a real desk could have made:
     * each service (3 to 12 minutes) ends just after the dossier's reception, at the counter free first, never before
     * the previous citizen's (first come, first served) nor outside the sessions; a citizen waited only while every
     * counter was busy (or the desk closed), and took the ticket at a time within that stretch.
     */
    static final class Desk {
        private final LocalDateTime[] lastStart;
        private final LocalDateTime[] free;
        private LocalDateTime previousStart;
        private LocalDateTime previousTaken;

        Desk(int counters) {
            lastStart = new LocalDateTime[counters];
            free = new LocalDateTime[counters];
        }

        /** The counter's latest service stored already (a day that runs over two batches). */
        void resume(int counter, LocalDateTime start, LocalDateTime end) {
            lastStart[counter] = start;
            free[counter] = end;
            previousStart = previousStart == null || start.isAfter(previousStart) ? start : previousStart;
        }

        void resumeTaken(LocalDateTime taken) {
            previousTaken = taken;
        }

        Visit serve(LocalDateTime receivedAt, List<WorkingSession> sessions, Random random) {
            LocalDateTime end = receivedAt.plusSeconds(60 + random.nextInt(120));
            LocalDateTime start = end.minusSeconds(180 + random.nextInt(540));
            int k = -1;
            for (int j = 0; j < free.length; j++) {
                if (free[j] == null) {
                    k = j;
                    break;
                }
                if (k < 0 || free[j].isBefore(free[k])) {
                    k = j;
                }
            }
            LocalDateTime busyFrom = null;
            LocalDateTime opened = sessionStart(start, sessions);
            if (opened.isAfter(start)) {
                start = opened;
                busyFrom = opened.minusMinutes(30);
            }
            if (free[k] != null && free[k].isAfter(start)) {
                start = free[k];
                busyFrom = latest(lastStart);
            }
            if (previousStart != null && previousStart.isAfter(start)) {
                start = previousStart;
                busyFrom = busyFrom == null ? latest(lastStart) : busyFrom;
            }
            if (!end.isAfter(start.plusSeconds(60))) {
                end = start.plusSeconds(180 + random.nextInt(540));
            }
            LocalDateTime called = start.minusSeconds(20 + random.nextInt(40));
            LocalDateTime taken = called.minusSeconds(10 + random.nextInt(30));
            if (busyFrom != null) {
                // every counter was busy (or the desk closed) from then until this call: the ticket was taken within
                if (previousTaken != null && previousTaken.isAfter(busyFrom)) {
                    busyFrom = previousTaken;
                }
                long seconds = java.time.Duration.between(busyFrom, taken).toSeconds();
                if (seconds > 0) {
                    taken = busyFrom.plusSeconds((long) (random.nextDouble() * seconds));
                }
            }
            if (previousTaken != null && taken.isBefore(previousTaken)) {
                taken = previousTaken;
            }
            if (called.isBefore(taken)) {
                called = taken;
            }
            lastStart[k] = start;
            free[k] = end;
            previousStart = start;
            previousTaken = taken;
            return new Visit(taken, called, start, end, k);
        }

        /** The start of the session the instant is in, or of the next one that day; the instant itself after the last. */
        private static LocalDateTime sessionStart(LocalDateTime t, List<WorkingSession> sessions) {
            for (WorkingSession s : sessions) {
                if (t.toLocalTime().isBefore(s.start())) {
                    return t.toLocalDate().atTime(s.start());
                }
                if (t.toLocalTime().isBefore(s.end())) {
                    return t;
                }
            }
            return t;
        }

        /** The latest start among the counters' current services: from then on, all were busy. */
        private static LocalDateTime latest(LocalDateTime[] starts) {
            LocalDateTime latest = null;
            for (LocalDateTime t : starts) {
                if (t != null && (latest == null || t.isAfter(latest))) {
                    latest = t;
                }
            }
            return latest;
        }
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

    private static LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, WorkingCalendars.ZONE);
    }

    private static Instant at(LocalDateTime t) {
        return t.atZone(WorkingCalendars.ZONE).toInstant();
    }
}
