package vn.motcua.dossier.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SearchText;

/**
 * What an officer typed in the work list's one search box, understood as one of: a dossier code (letters, digits
 * and dashes, as on form 01: "h99.02-261203-0012"), a number a citizen is known by (a personal ID number, an
 * old 9-digit ID card, a phone with or without +84, an organisation's tax number), or words of the applicant's or
 * representative's name, with or without diacritics, the last word possibly unfinished.
 *
 * @param kind how the text was understood
 * @param value the dossier code, the number, or the name's words separated by spaces
 */
public record WorkListSearch(Kind kind, String value) {

    public enum Kind { NONE, CODE, NUMBER, NAME }

    public static final int MAX_LENGTH = 100;
    public static final int MAX_WORDS = 8;
    static final int MAX_WORD = 40;

    public static final WorkListSearch NONE = new WorkListSearch(Kind.NONE, "");

    private static final Pattern CODE = Pattern.compile("(?=.*[A-Z])(?=.*\\d)[A-Z0-9.]+(-[A-Z0-9.]+)+");
    private static final Pattern NUMBER = Pattern.compile("[\\d .\\-()+]{6,24}");
    private static final Pattern TAX_BRANCH = Pattern.compile("\\d{10}-\\d{3}");
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+");

    public WorkListSearch {
        if (kind == null || value == null) {
            throw new IllegalArgumentException("A search has a kind and a value");
        }
    }

    public static WorkListSearch parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String typed = text.strip();
        if (typed.length() > MAX_LENGTH) {
            throw new InvalidValueException("search.tooLong", "A search has at most " + MAX_LENGTH + " characters");
        }
        String upper = typed.toUpperCase(Locale.ROOT);
        if (CODE.matcher(upper).matches()) {
            return new WorkListSearch(Kind.CODE, upper);
        }
        if (NUMBER.matcher(typed).matches()) {
            String compact = typed.replaceAll("[\\s.()]", "");
            if (!TAX_BRANCH.matcher(compact).matches()) {
                compact = compact.replace("-", "");
            }
            if (compact.startsWith("+84")) {
                compact = "0" + compact.substring(3);
            }
            if (compact.matches("[\\d\\-]{6,20}")) {
                return new WorkListSearch(Kind.NUMBER, compact);
            }
        }
        List<String> words = Arrays.stream(WORD_BREAK.split(SearchText.of(typed)))
                .filter(w -> !w.isEmpty()).limit(MAX_WORDS)
                .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w).toList();
        return words.isEmpty() ? NONE : new WorkListSearch(Kind.NAME, String.join(" ", words));
    }

    public boolean isEmpty() {
        return kind == Kind.NONE;
    }

    /**
     * The name's words as a PostgreSQL text-search query: every word whole, the last one whole or as a beginning,
     * since the officer may still be typing it. The last word is asked both ways so that the server's statistics
     * know how common a finished word is ("nguyen" is in about a third of names). Words hold only a–z and 0–9, so
     * nothing needs quoting.
     */
    public String nameQuery() {
        if (kind != Kind.NAME) {
            throw new IllegalStateException("Not a name search: " + kind);
        }
        String[] words = value.split(" ");
        String last = words[words.length - 1];
        return Arrays.stream(words, 0, words.length - 1).map(w -> "'" + w + "' & ").collect(Collectors.joining())
                + "('" + last + "' | '" + last + "':*)";
    }
}
