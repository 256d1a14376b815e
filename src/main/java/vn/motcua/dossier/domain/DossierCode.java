package vn.motcua.dossier.domain;

import java.util.regex.Pattern;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A dossier code (rules.md §5) as printed on form 01 and used for lookup: by default
 * {@code <agency code>-<yyMMdd>-<daily sequence of at least 4 digits>}, e.g. {@code 000.00.21.H12-240315-0007}.
 * Offices may configure another pattern ({@link DossierCodePattern}); any code is at most 60 characters of
 * capital letters, digits, dots and dashes.
 */
public record DossierCode(String value) implements Comparable<DossierCode> {

    public static final int MAX_LENGTH = 60;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]*[0-9]");

    public DossierCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("dossierCode.required", "A dossier code is required");
        }
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("dossierCode.format", "Not a dossier code: " + value);
        }
    }

    public static DossierCode of(String value) {
        return new DossierCode(value);
    }

    @Override
    public int compareTo(DossierCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
