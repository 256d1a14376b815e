package vn.motcua.demo.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * A stretch of an office's history with its own arrival pattern and outcomes, and the exact figures the seeds
 * report for it, if any: total received, late dossiers (and of which procedure), the dossiers of its busier days,
 * the dossiers received in a model's extra session.
 */
final class Segment {

    final LocalDate from;
    final LocalDate to;
    final double perDay;
    Integer exactTotal;
    int exactLate = -1;
    String lateProcedure;
    boolean closeWithin;
    DayOfWeek busierDay;
    double busierFactor = 1;
    LocalDate busierFrom;
    Integer exactBusierTotal;
    Integer exactExtraSession;
    double extraSessionShare;
    double refusalShare = 0.004;
    double stopShare = 0.002;
    double supplementShare = 0.03;
    double lateShare = 0.002;
    double onlineShare = 0.1;
    double surveyShare = 0.15;

    Segment(LocalDate from, LocalDate to, double perDay) {
        if (to.isBefore(from) || perDay < 0) {
            throw new IllegalArgumentException("A segment runs forward with a mean of zero or more: " + from + "–" + to);
        }
        this.from = from;
        this.to = to;
        this.perDay = perDay;
    }

    static Segment of(String from, String to, double perDay) {
        return new Segment(LocalDate.parse(from), LocalDate.parse(to), perDay);
    }

    /** Exactly {@code total} received, {@code late} of them late (all of the procedure), all closed within, none refused. */
    Segment calibrated(int total, int late, String procedure) {
        this.exactTotal = total;
        this.exactLate = late;
        this.lateProcedure = procedure;
        this.closeWithin = true;
        this.refusalShare = 0;
        this.stopShare = 0;
        return this;
    }

    Segment busier(DayOfWeek day, double factor) {
        this.busierDay = day;
        this.busierFactor = factor;
        return this;
    }

    /** Exactly {@code total} dossiers on the busier days from {@code from} to the segment's end. */
    Segment busierTotal(String from, int total) {
        this.busierFrom = LocalDate.parse(from);
        this.exactBusierTotal = total;
        return this;
    }

    Segment extraSession(double share) {
        this.extraSessionShare = share;
        return this;
    }

    Segment exactExtraSession(int total) {
        this.exactExtraSession = total;
        return this;
    }

    Segment online(double share) {
        this.onlineShare = share;
        return this;
    }

    Segment survey(double share) {
        this.surveyShare = share;
        return this;
    }

    Segment late(double share) {
        this.lateShare = share;
        return this;
    }

    Predicate<LocalDate> busierDays() {
        return d -> busierDay != null && d.getDayOfWeek() == busierDay;
    }

    Predicate<LocalDate> exactBusierDays() {
        return d -> busierDays().test(d) && busierFrom != null && !d.isBefore(busierFrom);
    }
}
