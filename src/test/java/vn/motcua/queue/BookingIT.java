package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.queue.domain.BookingStatus;
import vn.motcua.queue.domain.Priority;
import vn.motcua.queue.persistence.BookingRows;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.MovableTime;
import vn.motcua.support.QueueOfficeFixture;
import vn.motcua.support.RunUnique;

/**
 * Booked slots on real PostgreSQL: Ba Vì's Thursday 9th hour is bookable and a holiday is not; a slot is never
 * overbooked when many take its last places at once; a booking moves, cancels, is reminded the day before and becomes
 * a ticket served first from its time.
 */
@DatabaseTest
@Import(MovableTime.class)
class BookingIT {

    static final String PROCEDURE = "1.004873";

    @Autowired
    Bookings bookings;
    @Autowired
    BookingReminders reminders;
    @Autowired
    BookingRows rows;
    @Autowired
    KioskDevices kiosks;
    @Autowired
    QueueTickets tickets;
    @Autowired
    CounterCalls calls;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Offices offices;
    @Autowired
    Desks desks;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    UserDetailsService users;

    /** A year no earlier run used (CI runs the suite twice on one database): its slots are free. */
    private static int year() {
        return 2100 + Integer.parseInt(RunUnique.digits(3)) % 800;
    }

    private static String phone() {
        return "09" + RunUnique.digits(8);
    }

    private QueueOfficeFixture newOffice() {
        var queue = QueueOfficeFixture.newOffice(offices, desks, accounts, users);
        catalogue.offerAllOfLevel(AgencyCode.of(queue.office()), AdministrativeLevel.COMMUNE);
        return queue;
    }

    @Test
    void ba_vi_s_thursday_9th_hour_is_bookable_and_a_holiday_is_not() {
        LocalDate thursday = LocalDate.of(year(), 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        MovableTime.set(thursday.minusDays(2) + "T09:00");
        var day = bookings.days("H99.04").stream().filter(d -> d.day().equals(thursday)).findFirst().orElseThrow();
        var ninth = day.slots().stream().filter(f -> "Giờ làm việc thứ 9".equals(f.slot().session())).toList();
        assertThat(ninth).extracting(f -> f.slot().start()).containsExactly(LocalTime.of(17, 0), LocalTime.of(17, 30));
        var booking = bookings.book("H99.04", PROCEDURE, thursday, LocalTime.of(17, 0), "Lê Văn Bình", phone(), "ba-vi");
        assertThat(booking.code()).matches("[A-Z2-9]{8}");
        assertThat(booking.slot().session()).isEqualTo("Giờ làm việc thứ 9");
        assertThat(bookings.find(booking.code().toLowerCase()).status()).isEqualTo(BookingStatus.BOOKED);
        assertThatThrownBy(() -> bookings.book("H99.04", PROCEDURE, thursday, LocalTime.of(18, 0), "Lê Văn Bình", phone(), "ba-vi"))
                .as("after the 9th hour").isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("booking.slot"));
        bookings.cancel(booking.code());

        LocalDate nationalDay = LocalDate.of(2026, 9, 2);
        MovableTime.set(nationalDay.minusDays(2) + "T09:00");
        var holiday = bookings.days("H99.04").stream().filter(d -> d.day().equals(nationalDay)).findFirst().orElseThrow();
        assertThat(holiday.slots()).isEmpty();
        assertThat(holiday.dayOff()).isNotNull();
        assertThatThrownBy(() -> bookings.book("H99.04", PROCEDURE, nationalDay, LocalTime.of(9, 0), "Lê Văn Bình", phone(), "ba-vi"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("booking.slot"));
    }

    @Test
    void a_slot_is_never_overbooked_when_eight_citizens_take_its_last_places_at_once() throws Exception {
        var queue = newOffice();
        MovableTime.set("2026-12-08T09:00");
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        var barrier = new CyclicBarrier(8);
        var pool = Executors.newFixedThreadPool(8);
        var outcomes = new ArrayList<String>();
        try {
            List<Callable<String>> citizens = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                citizens.add(() -> {
                    barrier.await();
                    try {
                        return bookings.book(queue.office(), PROCEDURE, wednesday, LocalTime.of(9, 0), "Người " + n, phone(), "a" + n)
                                .code();
                    } catch (InvalidValueException e) {
                        return e.code();
                    }
                });
            }
            for (var f : pool.invokeAll(citizens)) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes.stream().filter("booking.full"::equals)).hasSize(5);
        assertThat(outcomes.stream().filter(o -> o.matches("[A-Z2-9]{8}")).distinct()).hasSize(3);
        var slot = bookings.days(queue.office()).stream().filter(d -> d.day().equals(wednesday)).findFirst().orElseThrow().slots()
                .stream().filter(f -> f.slot().start().equals(LocalTime.of(9, 0))).findFirst().orElseThrow();
        assertThat(slot.places()).isZero();
    }

    @Test
    void one_phone_books_as_often_a_day_as_the_office_allows() {
        var queue = newOffice();
        MovableTime.set("2026-12-08T09:00");
        LocalDate day = LocalDate.of(2026, 12, 9);
        String phone = phone();
        bookings.book(queue.office(), PROCEDURE, day, LocalTime.of(9, 0), "Trần Thị Hoa", phone, "p");
        var second = bookings.book(queue.office(), PROCEDURE, day, LocalTime.of(9, 30), "Trần Thị Hoa", phone, "p");
        assertThatThrownBy(() -> bookings.book(queue.office(), PROCEDURE, day, LocalTime.of(10, 0), "Trần Thị Hoa", phone, "p"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("booking.perPhone"));
        bookings.cancel(second.code());
        assertThat(bookings.book(queue.office(), PROCEDURE, day, LocalTime.of(10, 0), "Trần Thị Hoa", phone, "p").status())
                .as("a cancelled booking frees its place").isEqualTo(BookingStatus.BOOKED);
    }

    @Test
    void a_booking_is_moved_reminded_the_day_before_and_served_first_from_its_time() {
        var queue = newOffice();
        MovableTime.set("2026-12-08T09:00");
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        var booking = bookings.book(queue.office(), PROCEDURE, wednesday, LocalTime.of(10, 0), "Phạm Thu Hà", phone(), "m");
        var moved = bookings.move(booking.code(), wednesday, LocalTime.of(14, 0));
        assertThat(moved.slot().start()).isEqualTo(LocalTime.of(14, 0));

        MovableTime.set("2026-12-08T07:30");
        reminders.remind();
        assertThat(rows.toRemind(wednesday, 1000)).extracting(b -> b.code()).as("not before 08:00").contains(booking.code());
        MovableTime.set("2026-12-08T08:05");
        assertThat(reminders.remind()).isPositive();
        assertThat(rows.toRemind(wednesday, 1000)).extracting(b -> b.code()).doesNotContain(booking.code());

        String token = kiosks.issue(queue.member(StaffRole.LEADER), "Ki-ốt");
        MovableTime.set("2026-12-09T12:30");
        assertThatThrownBy(() -> bookings.checkIn(token, queue.office(), booking.code()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("booking.refusal.TOO_EARLY"));
        MovableTime.set("2026-12-09T13:40");
        var walkIn = tickets.takeAtKiosk(token, queue.office(), QueueTickets.ANY_FIELD, null).ticket();
        var booked = bookings.checkIn(token, queue.office(), booking.code()).ticket();
        assertThat(booked.priority()).isEqualTo(Priority.BOOKED);
        assertThat(bookings.find(booking.code()).status()).isEqualTo(BookingStatus.CHECKED_IN);
        var desk = queue.member(StaffRole.RECEPTION);
        assertThat(calls.callNext(desk, 2).orElseThrow().id()).as("before its time a booked ticket waits like any other")
                .isEqualTo(walkIn.id());
        MovableTime.set("2026-12-09T13:41");
        tickets.takeAtKiosk(token, queue.office(), QueueTickets.ANY_FIELD, null);
        MovableTime.set("2026-12-09T14:00");
        assertThat(calls.callNext(desk, 3).orElseThrow().id()).as("from its time it goes first").isEqualTo(booked.id());
        assertThatThrownBy(() -> bookings.checkIn(token, queue.office(), booking.code()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("booking.refusal.NOT_BOOKED"));
    }
}
