package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierAccepted;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.queue.domain.TicketStatus;
import vn.motcua.queue.domain.WaitingFigures;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.MovableTime;
import vn.motcua.support.QueueOfficeFixture;

/**
 * The queue beyond the counter: a dossier accepted at the counter links itself to the ticket its officer called; the
 * kiosk gives tickets only in the office's hours; the board shows the counters and the last calls, and reads each call
 * out from a WAV file made by espeak-ng.
 */
@DatabaseTest
@Import(MovableTime.class)
class QueueBoardIT {

    @Autowired
    Offices offices;
    @Autowired
    Desks desks;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    KioskDevices kiosks;
    @Autowired
    QueueTickets tickets;
    @Autowired
    CounterCalls calls;
    @Autowired
    QueueBoards boards;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MockMvc mvc;

    private QueueOfficeFixture queue;

    @BeforeEach
    void aWednesdayMorning() {
        MovableTime.set("2026-12-02T09:00");
        queue = QueueOfficeFixture.newOffice(offices, desks, accounts, users);
    }

    private void accepted(String dossier, String channel, OfficeMember by) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new DossierAccepted(dossier,
                queue.office(), "1.004873", LocalDate.of(2025, 7, 1), "Nguyễn Văn An", "001195004321", channel,
                Instant.parse("2026-12-02T02:05:00Z"), by.getUsername())));
    }

    @Test
    void a_dossier_accepted_at_the_counter_links_itself_to_the_ticket_its_officer_called() {
        OfficeMember desk = queue.member(StaffRole.RECEPTION);
        tickets.takeAtDesk(desk, "Hộ tịch", null);
        var called = calls.callNext(desk, 1).orElseThrow();

        accepted(queue.office() + "-261202-0001", "COUNTER", desk);
        accepted(queue.office() + "-261202-0002", "COUNTER", desk);
        accepted(queue.office() + "-261202-0003", "ONLINE", desk);

        var serving = calls.current(desk, 1).orElseThrow();
        assertThat(serving.id()).isEqualTo(called.id());
        assertThat(serving.status()).as("accepting a dossier serves the ticket").isEqualTo(TicketStatus.SERVING);
        assertThat(serving.servingAt()).isEqualTo(Instant.parse("2026-12-02T02:05:00Z"));
        assertThat(serving.dossierCode()).isEqualTo(queue.office() + "-261202-0001");
        assertThat(calls.dossiers(desk, serving)).as("an online dossier is no one's ticket")
                .containsExactly(queue.office() + "-261202-0001", queue.office() + "-261202-0002");
        var done = calls.finish(desk, serving.id(), null);
        assertThat(done.dossierCode()).as("finishing keeps the dossier linked").isEqualTo(queue.office() + "-261202-0001");

        OfficeMember other = queue.member(StaffRole.RECEPTION);
        accepted(queue.office() + "-261202-0004", "COUNTER", other);
        assertThat(calls.dossiers(desk, done)).as("an officer without a ticket links nothing").hasSize(2);
    }

    @Test
    void the_kiosk_gives_tickets_in_the_office_s_hours_and_half_an_hour_before_but_not_on_a_holiday() {
        String token = kiosks.issue(queue.member(StaffRole.LEADER), "Ki-ốt");
        MovableTime.set("2026-12-02T06:45");
        assertThat(tickets.kioskGivesNow(queue.office())).isFalse();
        assertThatThrownBy(() -> tickets.takeAtKiosk(token, queue.office(), "Hộ tịch", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("queue.closed"));
        assertThat(tickets.kioskHours(queue.office()).shown()).isEqualTo("07:30–11:30, 13:30–17:00");
        MovableTime.set("2026-12-02T07:05");
        assertThat(tickets.takeAtKiosk(token, queue.office(), "Hộ tịch", null).ticket().number()).isEqualTo(1);
        MovableTime.set("2026-12-02T17:00");
        assertThat(tickets.kioskGivesNow(queue.office())).isFalse();
        MovableTime.set("2026-09-02T09:00");
        assertThat(tickets.kioskGivesNow(queue.office())).as("National Day").isFalse();
        assertThat(tickets.kioskHours(queue.office()).dayOff()).isNotNull();
        OfficeMember desk = queue.member(StaffRole.RECEPTION);
        assertThat(tickets.takeAtDesk(desk, "Hộ tịch", null).ticket().number()).as("an officer may still give one").isEqualTo(1);
    }

    @Test
    void the_board_shows_each_counter_and_the_last_calls_and_reads_each_call_out() throws Exception {
        OfficeMember desk = queue.member(StaffRole.RECEPTION);
        var taken = tickets.takeAtDesk(desk, "Hộ tịch", null);
        tickets.takeAtDesk(desk, QueueTickets.ANY_FIELD, null);
        long before = boards.board(queue.office()).orElseThrow().version();
        calls.callNext(desk, 1).orElseThrow();
        calls.callNext(desk, 2).orElseThrow();

        var board = boards.board(queue.office()).orElseThrow();
        assertThat(board.version()).isEqualTo(before + 2);
        assertThat(board.counters()).extracting(QueueBoards.CounterNow::number).containsExactly("0001", "0002", null);
        assertThat(board.calls()).extracting(QueueBoards.Call::counter).containsExactly(2, 1);
        assertThat(board.calls().getLast().words()).isEqualTo("Mời công dân có số 1 đến quầy số 1");

        String page = mvc.perform(get("/man-hinh/" + queue.office())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"board-counter-1\"", ">0001<", "Vừa mời", "/js/board.js");
        assertThat(mvc.perform(get("/man-hinh/NO.SUCH")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/man-hinh/" + queue.office() + "/loi-goi/" + java.util.UUID.randomUUID() + ".wav"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        boolean voice = Files.isExecutable(Path.of("/usr/bin/espeak-ng"));
        Assumptions.assumeTrue(voice || "true".equals(System.getenv("CI")), "espeak-ng is not installed: apt-get install espeak-ng");
        var wav = mvc.perform(get("/man-hinh/" + queue.office() + "/loi-goi/" + taken.ticket().id() + ".wav")).andReturn()
                .getResponse();
        assertThat(wav.getStatus()).isEqualTo(200);
        assertThat(wav.getContentType()).isEqualTo("audio/wav");
        byte[] sound = wav.getContentAsByteArray();
        assertThat(new String(sound, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(sound.length).as("about two seconds of speech").isGreaterThan(40_000);
    }

    @Autowired
    QueueFigures figures;

    @Test
    void waiting_is_measured_from_the_ticket_to_its_first_call_and_service_from_start_to_done() {
        OfficeMember desk = queue.member(StaffRole.RECEPTION);
        MovableTime.set("2026-12-02T09:00");
        tickets.takeAtDesk(desk, "Hộ tịch", null);
        tickets.takeAtDesk(desk, "Hộ tịch", null);
        MovableTime.set("2026-12-02T09:10");
        var first = calls.callNext(desk, 1).orElseThrow();
        MovableTime.set("2026-12-02T09:12");
        calls.recall(desk, first.id());
        calls.start(desk, first.id());
        MovableTime.set("2026-12-02T09:20");
        calls.finish(desk, first.id(), null);
        MovableTime.set("2026-12-02T09:30");
        var second = calls.callNext(desk, 1).orElseThrow();
        calls.noShow(desk, second.id());
        MovableTime.set("2026-12-02T17:30");
        tickets.takeAtDesk(desk, "Hộ tịch", null);

        var w = figures.figures(List.of(queue.office()), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2));
        assertThat(w.arrivals()[2][9]).as("Wednesday 9h").isEqualTo(2);
        assertThat(w.arrivals()[2][17]).isEqualTo(1);
        assertThat(w.overall().tickets()).isEqualTo(3);
        assertThat(w.overall().called()).isEqualTo(2);
        assertThat(w.overall().waitMedian()).as("10 and 30 minutes: a recall does not move the wait").contains(10.0);
        assertThat(w.overall().waitP90()).contains(30.0);
        assertThat(w.overall().serviceMedian()).as("09:12 to 09:20").contains(8.0);
        assertThat(w.overall().noShows()).isEqualTo(1);
        assertThat(figures.overall(List.of(queue.office()), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2)))
                .as("counted in PostgreSQL, the same figures").isEqualTo(w.overall());
        assertThat(w.by().get(WaitingFigures.Dimension.SESSION)).extracting(WaitingFigures.Stat::key)
                .containsExactlyInAnyOrder(QueueFigures.OUTSIDE, QueueFigures.ORDINARY);
        assertThat(w.by().get(WaitingFigures.Dimension.OFFICER)).extracting(WaitingFigures.Stat::key)
                .containsExactly(desk.getUsername());
    }

    @Autowired
    WhenToCome when;

    @Test
    void when_to_come_reads_the_usual_crowd_of_the_past_weeks_and_advises_the_quietest_hours_ahead() {
        OfficeMember desk = queue.member(StaffRole.RECEPTION);
        MovableTime.set("2026-11-23T09:05");
        for (int i = 0; i < 6; i++) {
            tickets.takeAtDesk(desk, "Hộ tịch", null);
        }
        MovableTime.set("2026-11-24T14:05");
        tickets.takeAtDesk(desk, "Hộ tịch", null);
        MovableTime.set("2026-12-06T20:00");
        var advice = when.advice(AgencyCode.of(queue.office()), "1.004873");
        assertThat(advice.hasCrowd()).isTrue();
        assertThat(advice.levelAt(0, 9)).as("Monday 9h, the busiest").isEqualTo(3);
        assertThat(advice.levelAt(1, 14)).as("Tuesday 14h").isEqualTo(1);
        assertThat(advice.days()).hasSize(7);
        assertThat(advice.quietest()).hasSize(3).noneMatch(h -> h.date().getDayOfWeek() == java.time.DayOfWeek.MONDAY
                && h.start().getHour() == 9);
        assertThat(advice.days().getFirst().dayOff()).as("a Sunday").isNotNull();
    }
}
