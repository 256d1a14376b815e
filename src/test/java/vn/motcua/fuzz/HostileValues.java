package vn.motcua.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Hostile and random values for every kind of input, drawn from a seeded {@link Random} so that a failing run can
 * be repeated with its seed: control characters (NUL first of all), huge, negative and non-numeric numbers, dates
 * at the ends of the calendar, long strings, markup and SQL, unknown enum values.
 */
final class HostileValues {

    /** Values every text input is tried with, whatever its kind. */
    static final List<String> ALWAYS = List.of("a\u0000b", "\u0000", "", " ", "-1", "99999999999999999999",
            "+999999999-12-31", "+999999999-12-31T23:59", "x".repeat(20_000));

    private static final List<String> TEXT = List.of("\u0001\u0002\u0007\u001b[31m", "\r\n\r\nSet-Cookie: x=y", "\t\t",
            "<script>alert(1)</script>", "' or 1=1 --", "'; drop table dossier; --", "%00", "%s%n%x", "${7*7}", "{{7*7}}",
            "../../../../etc/passwd", "\uD800", "\uFFFE\uFFFF", "\u202Eabc", "Nguyễn Văn An", "🙂".repeat(300), "null",
            "true", "NaN", "[]", "{}", "\\", "\"", "é".repeat(5_000));
    private static final List<String> NUMBERS = List.of("0", "-1", "-2147483649", "2147483648", "9223372036854775808",
            "1e308", "-0", "1.5", "0x10", "٣", "1 000", "99999", "100000", "65536");
    private static final List<String> DATES = List.of("0000-01-01", "-999999999-01-01", "+999999999-12-31", "1899-12-31",
            "3000-01-01", "2026-02-30", "2026-13-01", "2026-12-03T25:00", "+999999999-12-31T23:59", "2026-12-03T17:30",
            "1970-01-01T00:00", "2026-W49", "2026-12", "03/12/2026", "03122026");
    private static final List<String> ENUMS = List.of("UNKNOWN", "counter", "COUNTER ", "ORGANISATION\u0000", "0", "-1",
            "ONLINE;DROP");

    private final Random random;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile value for an input whose kind is guessed from its name and type. */
    String forInput(String name, String type) {
        String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        String t = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        int dice = random.nextInt(10);
        if (dice == 0) {
            return pick(ALWAYS);
        }
        if (t.equals("date") || t.equals("datetime-local") || t.equals("week") || t.equals("month")
                || n.contains("date") || n.contains("ngay") || n.endsWith("at") || n.contains("from") || n.contains("to")
                || n.contains("tu") || n.contains("den") || n.contains("tuan") || n.contains("day")) {
            return dice < 7 ? pick(DATES) : pick(TEXT);
        }
        if (t.equals("number") || n.contains("copies") || n.contains("days") || n.contains("minutes") || n.contains("version")
                || n.contains("number") || n.contains("id") || n.contains("page") || n.contains("trang") || n.contains("index")) {
            return dice < 7 ? pick(NUMBERS) : pick(TEXT);
        }
        if (t.equals("checkbox") || t.equals("radio") || t.equals("select") || n.contains("kind") || n.contains("channel")
                || n.contains("unit") || n.contains("status") || n.contains("role")) {
            return dice < 6 ? pick(ENUMS) : pick(TEXT);
        }
        return dice < 8 ? pick(TEXT) : pick(NUMBERS);
    }

    /** Names of list elements a binder would grow a list for: hostile indexes. */
    String hostileIndex() {
        return pick(List.of("[99999]", "[-1]", "[2147483648]", "[x]", "[]", "[0][0]", "[257]"));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
