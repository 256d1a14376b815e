package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties that hold for thousands of seeded random receipts over 2025–2026. */
class CalendarInvariantsTest {

    private static final int CASES = 5_000;
    private static final LocalDateTime FIRST = LocalDateTime.parse("2025-01-01T00:00");

    private static final OfficeCalendar BA_VI = Calendars.with(CalendarRules.standard(Calendars.VIETNAM)
            .withExtraSessions(List.of(Calendars.extra("Giờ làm việc thứ 9", "17:00", "18:00",
                    LocalDate.parse("2024-06-20"), DayOfWeek.THURSDAY))));

    private static LocalDateTime randomInstant(Random random) {
        return FIRST.plusMinutes(random.nextInt(2 * 365 * 24 * 60));
    }

    private static ProcessingTime randomTime(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> ProcessingTime.workingDays(1 + random.nextInt(30));
            case 1 -> ProcessingTime.workingMinutes(1 + random.nextInt(40 * 60));
            case 2 -> ProcessingTime.sameDay(random.nextBoolean() ? java.time.LocalTime.of(15, 0) : null);
            default -> ProcessingTime.calendarDays(1 + random.nextInt(30));
        };
    }

    private static boolean insideOrAtEndOfASession(OfficeCalendar calendar, LocalDateTime t) {
        return calendar.day(t.toLocalDate()).sessions().stream()
                .anyMatch(s -> !t.toLocalTime().isBefore(s.start()) && !t.toLocalTime().isAfter(s.end()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20260212L, 7L, 766L})
    void the_due_instant_is_never_before_the_clock_start_and_lies_in_working_time(long seed) {
        var random = new Random(seed);
        for (OfficeCalendar calendar : List.of(Calendars.standard(), BA_VI)) {
            for (int i = 0; i < CASES; i++) {
                LocalDateTime received = randomInstant(random);
                ProcessingTime time = randomTime(random);
                Appointment a = AppointmentCalculator.appointment(calendar, received, time);
                assertThat(a.clockStartsAt()).as("%s %s", received, time).isAfterOrEqualTo(received);
                assertThat(a.dueAt()).as("%s %s", received, time).isAfterOrEqualTo(a.clockStartsAt());
                assertThat(calendar.isWorkingInstant(a.clockStartsAt())).as("clock start of %s", received).isTrue();
                assertThat(insideOrAtEndOfASession(calendar, a.dueAt())).as("due of %s %s", received, time).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 2L, 3L})
    void adding_a_then_b_working_minutes_equals_adding_a_plus_b(long seed) {
        var random = new Random(seed);
        OfficeCalendar calendar = BA_VI;
        for (int i = 0; i < CASES; i++) {
            LocalDateTime start = calendar.clockStart(randomInstant(random));
            long a = random.nextInt(3000);
            long b = random.nextInt(3000);
            assertThat(calendar.addWorkingMinutes(calendar.addWorkingMinutes(start, a), b))
                    .as("%s + %d + %d", start, a, b)
                    .isEqualTo(calendar.addWorkingMinutes(start, a + b));
            assertThat(calendar.workingMinutesBetween(start, calendar.addWorkingMinutes(start, a))).isEqualTo(a);
        }
    }

    @Test
    void results_do_not_depend_on_the_jvm_default_time_zone() {
        TimeZone original = TimeZone.getDefault();
        try {
            List<LocalDateTime> reference = null;
            for (String zone : List.of("UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                var random = new Random(42);
                var calendar = Calendars.with(CalendarRules.standard(Calendars.VIETNAM));
                List<LocalDateTime> dues = random.ints(500, 0, 2 * 365 * 24 * 60)
                        .mapToObj(m -> AppointmentCalculator.appointment(calendar, FIRST.plusMinutes(m),
                                ProcessingTime.workingDays(1 + m % 20)).dueAt())
                        .toList();
                if (reference == null) {
                    reference = dues;
                } else {
                    assertThat(dues).as("under %s", zone).isEqualTo(reference);
                }
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
