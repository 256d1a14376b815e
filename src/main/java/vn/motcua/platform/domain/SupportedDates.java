package vn.motcua.platform.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The dates the application works with: from 1 January 1900 to 31 December 2999. No office received a dossier
 * before, none plans beyond, and day arithmetic near the ends of {@link LocalDate}'s range overflows (a calendar
 * that steps a day at a time would also hold a core for years of days). Every date that comes from outside is
 * checked against it where it enters.
 */
public final class SupportedDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private SupportedDates() {
    }

    public static boolean contains(LocalDate date) {
        return date != null && !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean contains(LocalDateTime time) {
        return time != null && contains(time.toLocalDate());
    }
}
