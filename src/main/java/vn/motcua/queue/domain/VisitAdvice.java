package vn.motcua.queue.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * When to come, for a procedure at an office: the coming days with their sessions (the service models' extra and early
 * sessions named), which of them give a same-day result (a no-appointment day covering the procedure), the usual crowd
 * by weekday and hour (the office's arrivals of the past weeks, per week), and the quietest hours of the coming days.
 *
 * @param crowd arrivals a week on average, by ISO weekday − 1 and hour
 */
public record VisitAdvice(List<Day> days, double[][] crowd, List<Hour> quietest) {

    /** Crowd levels: 0 no one came, 1 quiet, 2 usual, 3 busy (thirds of the busiest hour). */
    public static final int LEVELS = 3;

    /** A coming day: its sessions, whether a complete dossier gets its result the same day, or why it is off. */
    public record Day(LocalDate date, List<WorkingSession> sessions, boolean sameDayResult, String dayOff) {
    }

    /** An hour of a coming day within its sessions, with its usual crowd and the session's name if it is a model's. */
    public record Hour(LocalDate date, LocalTime start, double usual, int level, String session) {
    }

    /**
     * The advice from now on ({@code now}: hours of today already begun are not advised); with no arrival at all in
     * the weeks read, no hour is called quietest.
     */
    public static VisitAdvice of(List<DaySchedule> coming, List<ServiceModel> models, String procedureCode, String field,
            int[][] arrivals, int weeks, LocalDateTime now) {
        double[][] crowd = new double[7][24];
        double busiest = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                crowd[d][h] = weeks <= 0 ? 0 : arrivals[d][h] / (double) weeks;
                busiest = Math.max(busiest, crowd[d][h]);
            }
        }
        var days = new ArrayList<Day>();
        var hours = new ArrayList<Hour>();
        for (DaySchedule day : coming) {
            var sessions = new ArrayList<WorkingSession>(day.sessions());
            sessions.addAll(day.receptionOnly());
            sessions.sort(null);
            boolean sameDay = procedureCode != null && models.stream().anyMatch(m -> m.kind() == ServiceModelKind.NO_APPOINTMENT_DAY
                    && m.inForceOn(day.date()) && m.covers(procedureCode, field));
            days.add(new Day(day.date(), sessions, sameDay && !sessions.isEmpty(),
                    sessions.isEmpty() ? (day.reason() == null ? "" : day.reason()) : null));
            for (WorkingSession s : sessions) {
                for (LocalTime t = s.start(); t.isBefore(s.end()); t = t.plusHours(1).withMinute(0)) {
                    double usual = crowd[day.date().getDayOfWeek().getValue() - 1][t.getHour()];
                    if (day.date().atTime(t).isAfter(now)) {
                        hours.add(new Hour(day.date(), t, usual, level(usual, busiest), s.label()));
                    }
                    if (t.getHour() == 23) {
                        break;
                    }
                }
            }
        }
        var quietest = busiest == 0 ? List.<Hour>of() : hours.stream().sorted(Comparator.comparingDouble(Hour::usual)
                .thenComparing(h -> h.session() == null ? 1 : 0).thenComparing(Hour::date).thenComparing(Hour::start))
                .limit(3).toList();
        return new VisitAdvice(days, crowd, quietest);
    }

    /** The crowd level of an hour whose usual arrivals are {@code usual}, given the busiest hour's. */
    public static int level(double usual, double busiest) {
        if (usual <= 0 || busiest <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil(LEVELS * usual / busiest - 1e-9));
    }

    /** Whether any arrival was counted in the weeks read. */
    public boolean hasCrowd() {
        for (double[] d : crowd) {
            for (double v : d) {
                if (v > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The level of a weekday's hour of the usual crowd. */
    public int levelAt(int weekday, int hour) {
        double busiest = 0;
        for (double[] d : crowd) {
            for (double v : d) {
                busiest = Math.max(busiest, v);
            }
        }
        return level(crowd[weekday][hour], busiest);
    }
}
