package vn.motcua.dossier.domain;

import vn.motcua.platform.domain.InvalidValueException;

/** Checks of free text fields: stripped, within a length, required or not. */
final class Text {

    private Text() {
    }

    static String required(String value, int max, String code) {
        String text = optional(value, max, code);
        if (text == null) {
            throw new InvalidValueException(code + ".required", "Required: " + code);
        }
        return text;
    }

    static String optional(String value, int max, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidValueException(code + ".tooLong", code + " has at most " + max + " characters");
        }
        return text;
    }
}
