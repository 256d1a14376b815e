package vn.motcua.organization.domain;

import java.util.List;

import vn.motcua.platform.domain.InvalidValueException;

/** A counter (quầy) of a one-stop desk: its number, label, the fields it receives, and whether it is open. */
public record Counter(Long id, long deskId, int number, String label, List<String> fields, boolean active) {

    public static final int MAX_NUMBER = 999;

    public Counter {
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidValueException("counter.number", "A counter number is between 1 and 999");
        }
        label = text(label, 120, "counter.label", false);
        fields = fields == null ? List.of() : fields.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
        if (fields.stream().anyMatch(f -> f.length() > 200)) {
            throw new InvalidValueException("counter.fields", "A field name has at most 200 characters");
        }
    }

    /** "Quầy 3 — Hộ tịch" as signs and slips show it. */
    public String title() {
        return label == null ? String.valueOf(number) : number + " — " + label;
    }

    static String text(String value, int max, String code, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidValueException(code + ".required", "Required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(code + ".tooLong", "At most " + max + " characters");
        }
        return stripped;
    }
}
