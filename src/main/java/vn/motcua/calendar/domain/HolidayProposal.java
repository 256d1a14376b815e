package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A proposal of one year's public holidays (Labour Code 2019, Art. 112) for an administrator to review:
 * 1 January; Tết, five days from the eve of the lunar new year; the Hùng Kings' Commemoration (10th day
 * of the 3rd lunar month); 30 April; 1 May; 2 September with an adjacent day. A holiday falling on a
 * weekend gives the next working day off (Art. 111). The Government's own schedule (swapped days,
 * make-up Saturdays) is decided each year and entered by hand; nothing here is applied on its own.
 */
public final class HolidayProposal {

    static final int TET_DAYS = 5;
    private static final String COMPENSATION = " (nghỉ bù)";

    private HolidayProposal() {
    }

    public static List<DayException> forYear(int year) {
        var days = new ArrayList<DayException>();
        days.add(solar(year, "01-01", "Tết Dương lịch"));
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        String tetName = "Tết Nguyên đán " + CanChi.of(year);
        for (int i = -1; i < TET_DAYS - 1; i++) {
            String note = i == 0 ? "mùng 1 Tết" : i < 0 ? "30 Tết (ngày cuối năm âm lịch)" : "mùng " + (i + 1) + " Tết";
            days.add(new DayException(tet.plusDays(i), DayException.Kind.DAY_OFF, tetName, note));
        }
        days.add(new DayException(VietnameseLunarCalendar.date(year, 3, 10), DayException.Kind.DAY_OFF,
                "Giỗ Tổ Hùng Vương", "10/3 âm lịch"));
        days.add(solar(year, "04-30", "Ngày Chiến thắng"));
        days.add(solar(year, "05-01", "Quốc tế Lao động"));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate adjacent = nationalDay.getDayOfWeek() == DayOfWeek.THURSDAY ? nationalDay.plusDays(1)
                : nationalDay.minusDays(1);
        days.add(new DayException(adjacent, DayException.Kind.DAY_OFF, "Quốc khánh", "ngày liền kề 2/9"));
        days.add(new DayException(nationalDay, DayException.Kind.DAY_OFF, "Quốc khánh", null));
        days.sort(Comparator.comparing(DayException::date));
        return withCompensation(days);
    }

    private static DayException solar(int year, String monthDay, String name) {
        return new DayException(MonthDay.parse("--" + monthDay).atYear(year), DayException.Kind.DAY_OFF, name, null);
    }

    /** Each holiday on a Saturday or Sunday gives the next weekday that is not already off. */
    private static List<DayException> withCompensation(List<DayException> holidays) {
        Set<LocalDate> off = new TreeSet<>();
        holidays.forEach(h -> off.add(h.date()));
        var result = new ArrayList<>(holidays);
        for (DayException holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || off.contains(day)) {
                    day = day.plusDays(1);
                }
                off.add(day);
                result.add(new DayException(day, DayException.Kind.DAY_OFF, holiday.name() + COMPENSATION,
                        "bù cho " + holiday.date()));
            }
        }
        result.sort(Comparator.comparing(DayException::date));
        return List.copyOf(result);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The sexagenary name of a lunar year (Bính Ngọ for 2026). */
    static final class CanChi {
        private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
        private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
                "Tuất", "Hợi"};

        private CanChi() {
        }

        static String of(int year) {
            return STEMS[Math.floorMod(year - 4, 10)] + " " + BRANCHES[Math.floorMod(year - 4, 12)];
        }
    }
}
