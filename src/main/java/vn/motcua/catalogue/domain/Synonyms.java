package vn.motcua.catalogue.domain;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SearchText;

/**
 * How people name things, for the catalogue search: "giấy khai sinh" means "khai sinh", "đăng kí" means "đăng ký",
 * "CMND" means "căn cước". Each phrase typed, as a whole run of words, is searched as what it means; longer phrases
 * first, so "xác nhận độc thân" is read whole before "độc thân".
 */
public record Synonyms(List<Synonym> entries) {

    /** One phrase and what it means, both as {@link SearchText} writes them. */
    public record Synonym(String phrase, String means) {

        public static final int MAX_PHRASE = 100;
        public static final int MAX_MEANS = 200;

        public Synonym {
            phrase = SearchText.of(phrase);
            means = SearchText.of(means);
            if (phrase.isEmpty() || means.isEmpty()) {
                throw new InvalidValueException("synonym.required", "A synonym has a phrase and what it means");
            }
            if (phrase.length() > MAX_PHRASE || means.length() > MAX_MEANS) {
                throw new InvalidValueException("synonym.tooLong", "A phrase has at most " + MAX_PHRASE
                        + " characters and its meaning " + MAX_MEANS);
            }
            if (phrase.equals(means)) {
                throw new InvalidValueException("synonym.same", "A phrase does not mean itself");
            }
        }
    }

    public Synonyms {
        entries = entries.stream().sorted(Comparator.comparingInt((Synonym s) -> -s.phrase().length())).toList();
    }

    /** The search text with every phrase replaced by what it means, each once, longest first. */
    public String expand(String searchText) {
        String text = " " + SearchText.of(searchText) + " ";
        for (Synonym s : entries) {
            Matcher m = Pattern.compile(" " + Pattern.quote(s.phrase()) + " ").matcher(text);
            text = m.replaceAll(Matcher.quoteReplacement(" " + s.means() + " "));
        }
        return text.strip().replaceAll(" +", " ");
    }
}
