package vn.motcua.platform.domain;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day as officers type it, on the 24-hour clock: "10:00", "9:30", "10h", "10h30", "10.30" or four digits
 * "1030". A time of the browser's own control follows the browser's language (AM/PM in English); a text field read
 * here does not.
 */
public final class TypedTime {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{1,2})\\s*[:hH.]\\s*(\\d{2})?");
    private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})");

    private TypedTime() {
    }

    /** The time typed, or {@link InvalidValueException} with {@code time.format}. */
    public static LocalTime parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        Matcher m = SEPARATED.matcher(text);
        if (!m.matches()) {
            m = DIGITS.matcher(text);
            if (!m.matches()) {
                throw new InvalidValueException("time.format", "Type a time as hours:minutes, like 17:30: " + text);
            }
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("time.format", "No such time: " + text);
        }
    }
}
