package vn.motcua.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlCharactersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nul anywhere is removed                  | a\\u0000b           | ab
            only nul leaves nothing                  | \\u0000              | ''
            other C0 controls are removed            | x\\u0001\\u0007\\u001by | xy
            tab and line breaks stay                 | a\\tb\\r\\nc         | a\\tb\\r\\nc
            DEL and C1 controls are removed          | a\\u007f\\u0085\\u009fb | ab
            an unpaired high surrogate is removed    | a\\uD800b            | ab
            an unpaired low surrogate is removed     | a\\uDC00b            | ab
            a pair (an emoji) stays                  | \\uD83D\\uDE42        | \\uD83D\\uDE42
            non-characters FFFE and FFFF are removed | \\uFFFEa\\uFFFF      | a
            Vietnamese text is untouched             | Nguyễn Văn Đức      | Nguyễn Văn Đức
            """)
    void text_keeps_everything_but_control_characters(String rule, String given, String expected) {
        assertThat(ControlCharacters.removedFrom(unescape(given))).isEqualTo(unescape(expected));
    }

    @org.junit.jupiter.api.Test
    void text_without_control_characters_is_the_same_instance_and_null_stays_null() {
        String clean = "Đăng ký khai sinh";
        assertThat(ControlCharacters.removedFrom(clean)).isSameAs(clean);
        assertThat(ControlCharacters.removedFrom(null)).isNull();
    }

    /** The table's escapes: backslash-u followed by four hex digits, backslash-t, -r and -n. */
    private static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(i + 1);
                if (n == 'u') {
                    out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                out.append(n == 't' ? '\t' : n == 'r' ? '\r' : n == 'n' ? '\n' : n);
                i++;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
