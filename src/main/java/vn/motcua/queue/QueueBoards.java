package vn.motcua.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.queue.domain.Ticket;
import vn.motcua.queue.domain.TicketStatus;
import vn.motcua.queue.persistence.TicketRows;

/**
 * What an office's display boards show: the number at each open counter and the last calls, with the board's version
 * (it only goes up, so a board that receives an older picture after a newer one keeps the newer). Nothing personal:
 * numbers, counters and times.
 */
@Service
public class QueueBoards {

    /** The last calls a board lists. */
    public static final int LAST_CALLS = 8;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final TicketRows rows;
    private final QueueTickets tickets;
    private final CallVoices voices;
    private final Offices offices;
    private final Clock clock;

    QueueBoards(TicketRows rows, QueueTickets tickets, CallVoices voices, Offices offices, Clock clock) {
        this.rows = rows;
        this.tickets = tickets;
        this.voices = voices;
        this.offices = offices;
        this.clock = clock;
    }

    /** A counter, what it takes (its label, or {@code null}) and the number called to it or served there now ({@code null}: none). */
    public record CounterNow(int counter, String label, String number, boolean serving) {
    }

    /** A call: the ticket, its number, the counter, the how-many-th call it was and when; the words read out. */
    public record Call(UUID ticket, String number, int counter, int calls, Instant at, String words) {
    }

    /** The board at {@code at}, the server's time: a board announces only calls of the last two minutes by it. */
    public record Board(String office, String officeName, long version, Instant at, String shownAt,
            List<CounterNow> counters, List<Call> calls) {
    }

    /** The office's board; empty when the office has no open counter (no board to show). */
    public Optional<Board> board(String office) {
        List<Counter> counters = tickets.openCounters(office);
        if (counters.isEmpty()) {
            return Optional.empty();
        }
        long version = rows.boardVersion(office);
        LocalDate day = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        var now = rows.atCounters(office, day);
        var shown = counters.stream().map(c -> now.stream().filter(t -> t.counter() != null && t.counter() == c.number())
                .findFirst().map(t -> new CounterNow(c.number(), c.label(), t.shown(), t.status() == TicketStatus.SERVING))
                .orElse(new CounterNow(c.number(), c.label(), null, false))).toList();
        var calls = rows.lastCalls(office, day, LAST_CALLS).stream().filter(t -> t.counter() != null).map(this::call).toList();
        String name = offices.find(AgencyCode.of(office)).map(Agency::name).orElse(office);
        return Optional.of(new Board(office, name, version, clock.instant(),
                SHOWN.format(clock.instant().atZone(WorkingCalendars.ZONE)), shown, calls));
    }

    /** The last call of the office's ticket, for its spoken words; empty when it was never called (or is another's). */
    public Optional<Call> call(String office, UUID ticket) {
        return rows.find(ticket).filter(t -> t.office().equals(office) && t.counter() != null && t.calledAt() != null)
                .map(this::call);
    }

    private Call call(Ticket t) {
        return new Call(t.id(), t.shown(), t.counter(), t.calls(), t.calledAt(), voices.words(t.number(), t.counter()));
    }
}
