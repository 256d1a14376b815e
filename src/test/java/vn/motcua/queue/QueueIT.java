package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.queue.domain.Priority;
import vn.motcua.queue.domain.Ticket;
import vn.motcua.queue.domain.TicketStatus;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.QueueOfficeFixture;

/**
 * The queue of an office of its own (no earlier run's tickets): a kiosk bound by its token gives numbered tickets for
 * the counters' fields, refuses a flood politely; counters call priority first, then the oldest; two counters calling
 * at the same moment never get the same ticket; served tickets link their dossier.
 */
@DatabaseTest
class QueueIT {

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

    private String office;
    private QueueOfficeFixture fixture;

    private OfficeMember member(StaffRole role) {
        return fixture.member(role);
    }

    private void newOffice() {
        fixture = QueueOfficeFixture.newOffice(offices, desks, accounts, users);
        office = fixture.office();
    }

    @Test
    void a_kiosk_gives_numbered_tickets_and_counters_call_priority_first_then_the_oldest() {
        newOffice();
        String token = kiosks.issue(member(StaffRole.LEADER), "Ki-ốt sảnh");
        assertThat(tickets.fields(office)).containsExactly("Hộ tịch", QueueTickets.ANY_FIELD);
        var first = tickets.takeAtKiosk(token, office, "Hộ tịch", null);
        var second = tickets.takeAtKiosk(token, office, "Hộ tịch", null);
        var elderly = tickets.takeAtKiosk(token, office, "Hộ tịch", Priority.ELDERLY);
        assertThat(List.of(first.ticket().number(), second.ticket().number(), elderly.ticket().number())).containsExactly(1, 2, 3);
        assertThat(second.ahead()).isEqualTo(1);
        assertThat(second.waitMinutes()).as("1 ahead, 3 counters take civil status, 8 min each").isEqualTo(5);
        assertThatThrownBy(() -> tickets.takeAtKiosk(token, office, "Đất đai", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("queue.field"));
        assertThatThrownBy(() -> tickets.takeAtKiosk("not-a-token", office, "Hộ tịch", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("queue.kiosk"));

        OfficeMember desk = member(StaffRole.RECEPTION);
        Ticket called = calls.callNext(desk, 1).orElseThrow();
        assertThat(called.number()).as("priority first within the field").isEqualTo(3);
        assertThatThrownBy(() -> calls.callNext(desk, 1)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("queue.busy"));
        calls.start(desk, called.id());
        var done = calls.finish(desk, called.id(), "H99.04-261202-0001");
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.dossierCode()).isEqualTo("H99.04-261202-0001");
        assertThat(calls.callNext(desk, 1).orElseThrow().number()).as("then the oldest").isEqualTo(1);
    }

    @Test
    void a_kiosk_flooded_with_taps_refuses_politely_after_its_minutes_share() {
        newOffice();
        String token = kiosks.issue(member(StaffRole.LEADER), "Ki-ốt");
        for (int i = 0; i < 20; i++) {
            tickets.takeAtKiosk(token, office, "Hộ tịch", null);
        }
        assertThatThrownBy(() -> tickets.takeAtKiosk(token, office, "Hộ tịch", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("queue.tooMany"));
    }

    @Test
    void two_counters_calling_at_the_same_moment_never_get_the_same_ticket() throws Exception {
        newOffice();
        OfficeMember desk = member(StaffRole.RECEPTION);
        for (int i = 0; i < 30; i++) {
            tickets.takeAtDesk(desk, QueueTickets.ANY_FIELD, null);
        }
        var called = Collections.synchronizedList(new ArrayList<UUID>());
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> counters = new ArrayList<>();
            for (int counter = 2; counter <= 3; counter++) {
                int number = counter;
                OfficeMember officer = member(StaffRole.RECEPTION);
                counters.add(() -> {
                    for (int round = 0; round < 15; round++) {
                        barrier.await();
                        var ticket = calls.callNext(officer, number).orElseThrow();
                        called.add(ticket.id());
                        calls.start(officer, ticket.id());
                        calls.finish(officer, ticket.id(), null);
                    }
                    return null;
                });
            }
            for (var f : pool.invokeAll(counters)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(called).hasSize(30);
        assertThat(called).doesNotHaveDuplicates();
    }
}
