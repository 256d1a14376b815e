package vn.motcua.platform.domain;

/**
 * Text as it may be stored: without control characters. NUL (U+0000), which PostgreSQL refuses in text and
 * {@code jsonb}, the other C0 and C1 controls, DEL, unpaired surrogates and the non-characters U+FFFE and U+FFFF are
 * removed; tab, line feed and carriage return stay (a note keeps its lines). Applied once, where text enters the
 * application: request parameters and JSON strings.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The text without control characters; the same instance when it has none (the common case costs one scan). */
    public static String removedFrom(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (removed(text, i)) {
                return rebuild(text, i);
            }
        }
        return text;
    }

    private static String rebuild(String text, int first) {
        var kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            if (!removed(text, i)) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    private static boolean removed(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c >= 0x7f && c <= 0x9f) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\uFFFE' || c == '\uFFFF';
    }
}
