package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import vn.motcua.calendar.domain.TimelinessClass;

/**
 * Counters of dossiers over some days: received (and of those, declarations filled by an officer), finished
 * (result ready or refused after review, judged, by the day of finishing) early / on time / late and of those
 * refused, stopped at the applicant's request, finished the day they were received, returned, returned the day
 * they were received.
 */
public record DayCounts(long received, long assisted, long finished, long early, long onTime, long late, long refused,
        long stopped, long finishedSameDay, long returned, long returnedSameDay) {

    public static final DayCounts ZERO = new DayCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** One dossier received; {@code assisted}: its declaration filled by an officer. */
    public static DayCounts oneReceived(boolean assisted) {
        return new DayCounts(1, assisted ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * One dossier finished (a result, or refused after review) with its verdict; {@code sameDay}: the day it was
     * received.
     */
    public static DayCounts oneFinished(TimelinessClass verdict, boolean refused, boolean sameDay) {
        return new DayCounts(0, 0, 1, verdict == TimelinessClass.EARLY ? 1 : 0, verdict == TimelinessClass.ON_TIME ? 1 : 0,
                verdict == TimelinessClass.LATE ? 1 : 0, refused ? 1 : 0, 0, sameDay ? 1 : 0, 0, 0);
    }

    /** One dossier stopped at the applicant's request (not judged). */
    public static DayCounts oneStopped() {
        return new DayCounts(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    /** One result returned; {@code sameDay}: the day the dossier was received. */
    public static DayCounts oneReturned(boolean sameDay) {
        return new DayCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, sameDay ? 1 : 0);
    }

    public DayCounts plus(DayCounts o) {
        return new DayCounts(received + o.received, assisted + o.assisted, finished + o.finished, early + o.early,
                onTime + o.onTime, late + o.late, refused + o.refused, stopped + o.stopped,
                finishedSameDay + o.finishedSameDay, returned + o.returned, returnedSameDay + o.returnedSameDay);
    }

    /** (early + on time) / (early + on time + late), in percent with two decimals; empty with nothing finished. */
    public Optional<BigDecimal> onTimeRate() {
        return percent(early + onTime, early + onTime + late);
    }

    /** The share of finished dossiers finished the day they were received, in percent. */
    public Optional<BigDecimal> sameDayShare() {
        return percent(finishedSameDay, finished);
    }

    /** The share of received dossiers returned to the citizen the day they were received, in percent. */
    public Optional<BigDecimal> returnedSameDayShare() {
        return percent(returnedSameDay, received);
    }

    /** Received per working day of the period, one decimal. */
    public BigDecimal receivedPerDay(long days) {
        return days <= 0 ? BigDecimal.ZERO : BigDecimal.valueOf(received).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
    }

    /** {@code part / whole} in percent with two decimals; empty when the whole is zero ("no data", never 100 %). */
    public static Optional<BigDecimal> percent(long part, long whole) {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }
}
