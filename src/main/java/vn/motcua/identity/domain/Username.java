package vn.motcua.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.motcua.platform.domain.InvalidValueException;

/** A sign-in name: 3–50 lower-case letters, digits, dots, dashes or underscores (e.g. {@code lanhdao.02}). */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("username.required", "A user name is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("username.format",
                    "A user name is 3-50 letters, digits, dots, dashes or underscores: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
