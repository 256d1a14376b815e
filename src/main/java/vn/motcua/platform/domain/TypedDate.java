package vn.motcua.platform.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as Vietnamese officers type it: day, month, year — "05/06/2026", "5/6/2026", "05-06-2026", "05.06.2026",
 * "05 06 2026" or eight digits "05062026" — and never month first, whatever the browser's language. The ISO form
 * "2026-06-05" is read too, as APIs and stored values write it. Two-digit years are refused rather than guessed.
 */
public final class TypedDate {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})\\s*[/.\\- ]\\s*(\\d{1,2})\\s*[/.\\- ]\\s*(\\d+)");
    private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private TypedDate() {
    }

    /** The day typed, or {@link InvalidValueException} with {@code date.format}, {@code date.year} or {@code date.day}. */
    public static LocalDate parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return of(iso.group(3), iso.group(2), iso.group(1));
        }
        Matcher m = SEPARATED.matcher(text);
        if (!m.matches()) {
            m = DIGITS.matcher(text);
            if (!m.matches()) {
                throw new InvalidValueException("date.format", "Type a date as day/month/year, like 05/06/2026: " + text);
            }
        }
        if (m.group(3).length() != 4) {
            throw new InvalidValueException("date.year", "Type the year with four digits: " + text);
        }
        return of(m.group(1), m.group(2), m.group(3));
    }

    /** Whether the text is a date {@link #parse} reads. */
    public static boolean isDate(String typed) {
        try {
            parse(typed);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static LocalDate of(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new InvalidValueException("date.day", "No such day: " + day + "/" + month + "/" + year);
        }
    }
}
