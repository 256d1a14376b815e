package vn.motcua.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.platform.domain.InvalidValueException;

/** A booking's rules: its slots from the office's day, who booked, and its way to the kiosk. */
class BookingTest {

    static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);
    static final DaySchedule BA_VI_THURSDAY = new DaySchedule(THURSDAY, DayKind.WORKING_DAY, null, List.of(
            WorkingSession.of("07:30", "11:30"), WorkingSession.of("13:30", "17:00"),
            new WorkingSession(LocalTime.of(17, 0), LocalTime.of(18, 0), "Giờ làm việc thứ 9")));
    static final Instant AT = Instant.parse("2026-12-08T02:00:00Z");

    private static Booking at1700() {
        return new Booking(UUID.randomUUID(), "ABCD2345", "H99.04", "1.001193", "Đăng ký khai sinh", "Hộ tịch", THURSDAY,
                new BookingSlot(LocalTime.of(17, 0), LocalTime.of(17, 30), "Giờ làm việc thứ 9"), "  Nguyễn   Văn An ",
                "090 312 3456", BookingStatus.BOOKED, AT, null, null);
    }

    private static Booking made(BookingDecision d) {
        return ((BookingDecision.Made) d).booking();
    }

    @Test
    void the_9th_hour_is_bookable_in_slots_of_the_office_s_length() {
        var slots = BookingSlot.of(BA_VI_THURSDAY, 30);
        assertThat(slots).hasSize(8 + 7 + 2);
        assertThat(slots.subList(15, 17)).containsExactly(
                new BookingSlot(LocalTime.of(17, 0), LocalTime.of(17, 30), "Giờ làm việc thứ 9"),
                new BookingSlot(LocalTime.of(17, 30), LocalTime.of(18, 0), "Giờ làm việc thứ 9"));
        assertThat(BookingSlot.of(BA_VI_THURSDAY, 45).get(5)).as("a session's last slot ends with it")
                .isEqualTo(new BookingSlot(LocalTime.of(11, 15), LocalTime.of(11, 30), null));
    }

    @Test
    void a_holiday_has_no_slot() {
        var national = new DaySchedule(LocalDate.of(2026, 9, 2), DayKind.HOLIDAY, "Quốc khánh", List.of());
        assertThat(BookingSlot.of(national, 30)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a mobile number with spaces        | 090 312 3456   | 0903123456",
            "a number written with +84          | +84903123456   | 0903123456",
            "dots are dropped                   | 0903.123.456   | 0903123456"})
    void a_phone_is_read_as_typed(String rule, String typed, String read) {
        assertThat(Booking.phone(typed)).isEqualTo(read);
    }

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource(delimiter = '|', value = {"too short | 09031234", "letters | 09031234ab", "not from 0 | 9903123456"})
    void a_phone_that_is_not_one_is_refused(String rule, String typed) {
        assertThatThrownBy(() -> Booking.phone(typed)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.code()).isEqualTo("booking.phone"));
    }

    @Test
    void public_pages_show_the_name_and_phone_only_in_part() {
        var b = at1700();
        assertThat(b.name()).isEqualTo("Nguyễn Văn An");
        assertThat(b.nameShown()).isEqualTo("N. V. A.");
        assertThat(b.phoneShown()).isEqualTo("*******456");
        assertThatThrownBy(() -> Booking.name(" ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Booking.name("x".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest(name = "checked in at {0}: {1}")
    @CsvSource({"15:59, TOO_EARLY", "16:00, ", "17:29, ", "17:30, PASSED"})
    void a_booking_turns_into_a_ticket_from_an_hour_before_its_time_to_its_end(String time, BookingRefusal refusal) {
        var decision = at1700().checkIn(UUID.randomUUID(), AT, THURSDAY.atTime(LocalTime.parse(time)));
        if (refusal == null) {
            assertThat(made(decision).status()).isEqualTo(BookingStatus.CHECKED_IN);
        } else {
            assertThat(decision).isEqualTo(new BookingDecision.Refused(refusal));
        }
    }

    @Test
    void a_booking_is_moved_or_cancelled_until_its_time_is_over_and_never_twice() {
        LocalDateTime before = THURSDAY.atTime(9, 0);
        var moved = made(at1700().moveTo(THURSDAY, new BookingSlot(LocalTime.of(17, 30), LocalTime.of(18, 0), null), AT, before));
        assertThat(moved.slot().start()).isEqualTo(LocalTime.of(17, 30));
        assertThat(moved.moveTo(THURSDAY, moved.slot(), AT, before)).isEqualTo(new BookingDecision.Refused(BookingRefusal.SAME_SLOT));
        var cancelled = made(moved.cancel(AT, before));
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancel(AT, before)).isEqualTo(new BookingDecision.Refused(BookingRefusal.NOT_BOOKED));
        assertThat(at1700().cancel(AT, THURSDAY.atTime(17, 30))).isEqualTo(new BookingDecision.Refused(BookingRefusal.PASSED));
        assertThat(at1700().noShowAt(THURSDAY.atTime(17, 30))).as("never checked in by its end").isTrue();
        assertThat(at1700().noShowAt(THURSDAY.atTime(17, 29))).isFalse();
    }
}
