package vn.motcua.organization.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * An agency's electronic identifier (Decision 20/2020/QĐ-TTg): at most 35 characters in
 * dot-separated groups of upper-case letters and digits. Two spellings are in use: the older one
 * read right to left ({@code 000.00.21.H12}, the letter group last) and the newer one read left to
 * right ({@code H55.242}, the letter group first).
 */
public record AgencyCode(String value) implements Comparable<AgencyCode> {

    public static final int MAX_LENGTH = 35;
    private static final Pattern GROUP = Pattern.compile("[A-Z0-9]+");

    public enum Spelling { LEFT_TO_RIGHT, RIGHT_TO_LEFT }

    public AgencyCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("agencyCode.required", "An agency code is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("agencyCode.tooLong",
                    "An agency code has at most " + MAX_LENGTH + " characters: " + value);
        }
        if (!Arrays.stream(value.split("\\.", -1)).allMatch(g -> GROUP.matcher(g).matches())) {
            throw new InvalidValueException("agencyCode.format",
                    "An agency code is dot-separated groups of letters and digits: " + value);
        }
    }

    public static AgencyCode of(String value) {
        return new AgencyCode(value);
    }

    /** Which way the code reads: the group that starts with a letter marks the top of the hierarchy. */
    public Spelling spelling() {
        String[] groups = value.split("\\.");
        boolean lastStartsWithLetter = Character.isLetter(groups[groups.length - 1].charAt(0));
        boolean firstStartsWithLetter = Character.isLetter(groups[0].charAt(0));
        return lastStartsWithLetter && !firstStartsWithLetter ? Spelling.RIGHT_TO_LEFT : Spelling.LEFT_TO_RIGHT;
    }

    @Override
    public int compareTo(AgencyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
