package vn.motcua.fees.domain;

import java.util.regex.Pattern;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * The symbols an electronic receipt (biên lai điện tử) carries (Circular 91/2026/TT-BTC, Appendix II): the form symbol
 * ({@code EBL01} without face value, {@code EBL02} with) and the series, the year's two digits, {@code T} and two
 * letters the collector chose ({@code 26TMC}); numbers restart at 1 each year and have at most 8 digits.
 */
public record ReceiptSeries(String formSymbol, String letters) {

    private static final Pattern LETTERS = Pattern.compile("[ABCDEGHKLMNPQRSTUVXY]{2}");
    public static final int MAX_NUMBER = 99_999_999;

    public ReceiptSeries {
        if (!"EBL01".equals(formSymbol) && !"EBL02".equals(formSymbol)) {
            throw new InvalidValueException("receipt.formSymbol", "A receipt's form symbol is EBL01 or EBL02");
        }
        if (letters == null || !LETTERS.matcher(letters).matches()) {
            throw new InvalidValueException("receipt.letters",
                    "A receipt series ends with two of A B C D E G H K L M N P Q R S T U V X Y");
        }
    }

    /** The series of the year, e.g. {@code 26TMC}. */
    public String series(int year) {
        return String.format("%02d", year % 100) + "T" + letters;
    }

    /** The number as printed (seven digits at least). */
    public static String number(int number) {
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("Receipt number out of range: " + number);
        }
        return String.format("%07d", number);
    }
}
