package vn.motcua.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunisolar calendar: ICU4J's Chinese calendar with its astronomy computed for UTC+7
 * instead of China's UTC+8. The two differ in some years (Tết 2007 fell on 17 February in Vietnam and
 * on 18 February in China). Used only to <em>propose</em> a future year's lunar holidays.
 */
public final class VietnameseLunarCalendar {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final TimeZone UTC_PLUS_7 = new SimpleTimeZone(7 * 60 * 60 * 1000, "UTC+07:00");

    private VietnameseLunarCalendar() {
    }

    /** The first day of the lunar year that begins in the given Gregorian year (Tết Nguyên đán). */
    public static LocalDate newYear(int gregorianYear) {
        return date(gregorianYear, 1, 1);
    }

    /**
     * The Gregorian date of a day of the lunar year that begins in the given Gregorian year, in a
     * non-leap month (e.g. month 3, day 10 for the Hùng Kings' Commemoration).
     */
    public static LocalDate date(int gregorianYear, int lunarMonth, int lunarDay) {
        Calendar calendar = new Vietnamese();
        // 1 June always lies in the lunar year that began that Gregorian year (Tết falls in Jan–Feb):
        // take its cycle and year, then move to the wanted month and day.
        calendar.setTimeInMillis(LocalDate.of(gregorianYear, 6, 1).atStartOfDay(VIETNAM).toInstant().toEpochMilli());
        int era = calendar.get(Calendar.ERA);
        int year = calendar.get(Calendar.YEAR);
        calendar.clear();
        calendar.set(Calendar.ERA, era);
        calendar.set(Calendar.YEAR, year);
        calendar.set(Calendar.MONTH, lunarMonth - 1);
        calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        calendar.set(Calendar.DAY_OF_MONTH, lunarDay);
        return LocalDate.ofInstant(Instant.ofEpochMilli(calendar.getTimeInMillis()), VIETNAM);
    }

    /** ICU's Chinese calendar, with local time and the astronomical calculations both in UTC+7. */
    private static final class Vietnamese extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        Vietnamese() {
            super(UTC_PLUS_7, ULocale.ROOT, UTC_PLUS_7);
        }
    }
}
