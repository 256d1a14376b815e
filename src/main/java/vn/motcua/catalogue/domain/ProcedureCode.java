package vn.motcua.catalogue.domain;

import java.util.regex.Pattern;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A procedure's national code, {@code d.dddddd} (e.g. {@code 1.001193}); a local variant appends the
 * province's agency code after a dot ({@code 1.001193.H12}).
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    private static final Pattern FORMAT = Pattern.compile("\\d\\.\\d{6}(\\.[A-Z0-9]+)*");
    public static final int MAX_LENGTH = 40;

    public ProcedureCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("procedureCode.required", "A procedure code is required");
        }
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("procedureCode.format",
                    "A procedure code looks like 1.001193 (optionally followed by .<agency code>): " + value);
        }
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value);
    }

    /** The national part, without a local suffix. */
    public String national() {
        return value.substring(0, 8);
    }

    @Override
    public int compareTo(ProcedureCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
