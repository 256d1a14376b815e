package vn.motcua.fees.domain;

/**
 * An amount of đồng in Vietnamese words, as a receipt writes it beside the figure ("Bốn trăm nghìn đồng"): groups of
 * three digits read with nghìn, triệu, tỷ; "linh" for a zero ten, "mốt", "lăm" and "mười" where speech has them.
 */
public final class VndInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", "nghìn", "triệu", "tỷ"};

    private VndInWords() {
    }

    public static String of(long amount) {
        if (amount < 0 || amount > 999_999_999_999L) {
            throw new IllegalArgumentException("Amount out of range: " + amount);
        }
        if (amount == 0) {
            return "Không đồng";
        }
        var words = new StringBuilder();
        int group = 0;
        long rest = amount;
        int[] groups = new int[4];
        while (rest > 0) {
            groups[group++] = (int) (rest % 1000);
            rest /= 1000;
        }
        for (int g = group - 1; g >= 0; g--) {
            if (groups[g] == 0) {
                continue;
            }
            words.append(three(groups[g], g < group - 1)).append(' ').append(GROUPS[g]).append(' ');
        }
        String text = words.toString().replaceAll("\\s+", " ").strip() + " đồng";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Three digits; {@code full} when a higher group came before, so "không trăm" and "linh" are said. */
    private static String three(int n, boolean full) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        var out = new StringBuilder();
        if (hundreds > 0 || full) {
            out.append(DIGITS[hundreds]).append(" trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                out.append(out.isEmpty() ? "" : " linh").append(' ').append(DIGITS[units]);
            }
        } else if (tens == 1) {
            out.append(" mười");
            if (units > 0) {
                out.append(' ').append(units == 5 ? "lăm" : DIGITS[units]);
            }
        } else {
            out.append(' ').append(DIGITS[tens]).append(" mươi");
            if (units > 0) {
                out.append(' ').append(units == 1 ? "mốt" : units == 5 ? "lăm" : DIGITS[units]);
            }
        }
        return out.toString().strip();
    }
}
