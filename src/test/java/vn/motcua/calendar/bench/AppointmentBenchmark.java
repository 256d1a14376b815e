package vn.motcua.calendar.bench;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.AppointmentCalculator;
import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.HolidayCsv;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;

/**
 * Appointments of 15 working days spanning Tết 2026, on one thread: the calendar is the one an office
 * keeps cached in memory (official 2025–2026 days off), so no database call is made. Receipts vary over
 * the weeks before Tết, at all hours, so that each computation crosses the nine-day break.
 * Run with {@code bench/appointments.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AppointmentBenchmark {

    /** Receipts from 19 January to 13 February 2026, every 37 minutes: all land before Tết. */
    private static final int RECEIPTS = 1000;
    private static final ProcessingTime FIFTEEN_WORKING_DAYS = ProcessingTime.workingDays(15);

    private OfficeCalendar calendar;
    private LocalDateTime[] receipts;
    private int next;

    @Setup
    public void setUp() throws Exception {
        try (var csv = new InputStreamReader(Objects.requireNonNull(
                HolidayCsv.class.getResourceAsStream("/calendar/holidays-vn.csv")), StandardCharsets.UTF_8)) {
            calendar = new OfficeCalendar(CalendarRules.standard(HolidayCsv.read(csv)));
        }
        receipts = new LocalDateTime[RECEIPTS];
        LocalDateTime first = LocalDateTime.of(2026, 1, 19, 0, 0);
        for (int i = 0; i < RECEIPTS; i++) {
            receipts[i] = first.plusMinutes(37L * i);
        }
        Appointment check = AppointmentCalculator.appointment(calendar, receipts[RECEIPTS - 1], FIFTEEN_WORKING_DAYS);
        if (!check.dueAt().isAfter(LocalDateTime.of(2026, 2, 23, 0, 0))) {
            throw new IllegalStateException("The benchmark must span Tết: " + check);
        }
    }

    @Benchmark
    public Appointment fifteenWorkingDaysAcrossTet() {
        LocalDateTime receivedAt = receipts[next];
        next = next + 1 == RECEIPTS ? 0 : next + 1;
        return AppointmentCalculator.appointment(calendar, receivedAt, FIFTEEN_WORKING_DAYS);
    }
}
