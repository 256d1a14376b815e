package vn.motcua.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A ticket's way from the kiosk to the counter, rule by rule. */
class TicketTest {

    static final Instant TAKEN = Instant.parse("2026-12-03T01:00:00Z");

    private static Ticket waiting() {
        return Ticket.taken(UUID.randomUUID(), "H99.04", LocalDate.of(2026, 12, 3), 23, "Hộ tịch", null, TAKEN);
    }

    private static Ticket made(TicketDecision d) {
        return ((TicketDecision.Made) d).ticket();
    }

    @Test
    void a_ticket_is_called_served_and_linked_to_the_dossier_received() {
        var called = made(waiting().call(3, "tiepnhan.04", TAKEN.plusSeconds(600)));
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.counter()).isEqualTo(3);
        assertThat(called.waited()).contains(Duration.ofMinutes(10));
        var serving = made(called.start(TAKEN.plusSeconds(660)));
        var done = made(serving.finish("H99.04-261203-0007", TAKEN.plusSeconds(1200)));
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.dossierCode()).isEqualTo("H99.04-261203-0007");
        assertThat(done.shown()).isEqualTo("0023");
    }

    @Test
    void a_dossier_accepted_at_the_counter_serves_the_called_ticket_and_names_the_first_dossier() {
        var called = made(waiting().call(3, "tiepnhan.04", TAKEN.plusSeconds(600)));
        var first = made(called.received("H99.04-261203-0007", TAKEN.plusSeconds(900)));
        assertThat(first.status()).isEqualTo(TicketStatus.SERVING);
        assertThat(first.servingAt()).isEqualTo(TAKEN.plusSeconds(900));
        var second = made(first.received("H99.04-261203-0008", TAKEN.plusSeconds(1000)));
        assertThat(second.dossierCode()).isEqualTo("H99.04-261203-0007");
        assertThat(second.servingAt()).isEqualTo(TAKEN.plusSeconds(900));
        var done = made(second.finish(null, TAKEN.plusSeconds(1100)));
        assertThat(done.dossierCode()).isEqualTo("H99.04-261203-0007");
        assertThat(waiting().received("X", TAKEN)).isEqualTo(new TicketDecision.Refused(TicketRefusal.NOT_CALLED));
        assertThat(done.received("X", TAKEN)).isEqualTo(new TicketDecision.Refused(TicketRefusal.NOT_CALLED));
    }

    @Test
    void a_ticket_is_recalled_twice_at_most_then_marked_a_no_show() {
        var called = made(waiting().call(1, "a", TAKEN));
        var twice = made(made(called.recall(TAKEN)).recall(TAKEN));
        assertThat(twice.calls()).isEqualTo(3);
        assertThat(twice.recall(TAKEN)).isEqualTo(new TicketDecision.Refused(TicketRefusal.RECALLED_ENOUGH));
        assertThat(made(twice.noShow(TAKEN)).status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void a_ticket_sent_to_another_counter_waits_again_for_that_counter() {
        var called = made(waiting().call(1, "a", TAKEN.plusSeconds(60)));
        var sent = made(called.sendTo(2));
        assertThat(sent.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(sent.forCounter()).isEqualTo(2);
        assertThat(sent.takenAt()).isEqualTo(TAKEN);
        assertThat(called.sendTo(1)).isEqualTo(new TicketDecision.Refused(TicketRefusal.SAME_COUNTER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a waiting ticket is not recalled     | recall | NOT_CALLED",
            "a waiting ticket is not served       | start  | NOT_CALLED",
            "a waiting ticket is not finished     | finish | NOT_SERVING",
            "a waiting ticket is not a no-show    | noShow | NOT_CALLED"})
    void a_command_out_of_turn_is_refused(String rule, String command, TicketRefusal reason) {
        var t = waiting();
        var decision = switch (command) {
            case "recall" -> t.recall(TAKEN);
            case "start" -> t.start(TAKEN);
            case "finish" -> t.finish(null, TAKEN);
            default -> t.noShow(TAKEN);
        };
        assertThat(decision).isEqualTo(new TicketDecision.Refused(reason));
    }

    @Test
    void a_called_ticket_is_not_called_again() {
        var called = made(waiting().call(1, "a", TAKEN));
        assertThat(called.call(2, "b", TAKEN)).isEqualTo(new TicketDecision.Refused(TicketRefusal.NOT_WAITING));
    }

    @ParameterizedTest(name = "{0} ahead, {1} counters, {2} min each → {3}")
    @CsvSource({"0, 2, 8, 0", "1, 2, 8, 5", "5, 2, 8, 20", "12, 3, 7.5, 30", "4, 0, 8, -1"})
    void the_wait_shown_is_rounded_up_to_five_minutes(int ahead, int counters, double each, int minutes) {
        assertThat(WaitEstimate.minutes(ahead, counters, each)).isEqualTo(minutes);
    }
}
