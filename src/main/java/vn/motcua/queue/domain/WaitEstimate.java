package vn.motcua.queue.domain;

/**
 * The wait a ticket shows: the people ahead in its field, served by the open counters that take the field, at the
 * office's recent service time (a setting until the office has its own measure), rounded up to 5 minutes.
 */
public final class WaitEstimate {

    private WaitEstimate() {
    }

    /** Minutes, or -1 when no open counter takes the field (the kiosk then says so). */
    public static int minutes(int ahead, int openCounters, double minutesPerCitizen) {
        if (openCounters <= 0) {
            return -1;
        }
        if (ahead <= 0) {
            return 0;
        }
        double minutes = Math.ceil(ahead * minutesPerCitizen / openCounters);
        return (int) (Math.ceil(minutes / 5) * 5);
    }
}
