package vn.motcua.catalogue.domain;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.TypedDate;

/**
 * One field of a procedure's declaration form (tờ khai), which an officer can fill in for a citizen.
 *
 * @param applicantSource the applicant record's field it is taken from (e.g. {@code fullName},
 *        {@code idNumber}), or {@code null} when it is typed
 * @param pattern a regular expression the value must match, or {@code null}
 * @param choices the allowed values of a {@code CHOICE} field
 */
public record FormField(String key, String label, Type type, boolean required, String pattern, List<String> choices,
        String applicantSource) {

    public enum Type { TEXT, LONG_TEXT, DATE, NUMBER, CHOICE, ID_NUMBER, PHONE }

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    public FormField {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidValueException("formField.key", "A form field key is a short camelCase name: " + key);
        }
        if (label == null || label.isBlank() || type == null) {
            throw new InvalidValueException("formField.label", "A form field needs a label and a type");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new InvalidValueException("formField.choices", "A choice field needs its choices: " + key);
        }
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new InvalidValueException("formField.pattern", "Not a valid pattern for " + key);
            }
        }
    }

    /**
     * What is wrong with a value typed into this field, as a stable code ({@code required}, {@code pattern},
     * {@code date}, {@code number}, {@code choice}, {@code idNumber}, {@code phone}, {@code tooLong}); empty when
     * the value is acceptable.
     */
    public java.util.Optional<String> problemWith(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return required ? java.util.Optional.of("required") : java.util.Optional.empty();
        }
        if (v.length() > (type == Type.LONG_TEXT ? 2000 : 300)) {
            return java.util.Optional.of("tooLong");
        }
        String problem = switch (type) {
            case DATE -> TypedDate.isDate(v) ? null : "date";
            case NUMBER -> v.matches("-?\\d+([.,]\\d+)?") ? null : "number";
            case CHOICE -> choices.contains(v) ? null : "choice";
            case ID_NUMBER -> v.matches("\\d{12}") ? null : "idNumber";
            case PHONE -> v.replaceAll("[\\s.\\-]", "").matches("\\+?\\d{9,14}") ? null : "phone";
            default -> null;
        };
        if (problem == null && pattern != null && !v.matches(pattern)) {
            problem = "pattern";
        }
        return java.util.Optional.ofNullable(problem);
    }

    /**
     * The value as the dossier keeps it: stripped, and a date in ISO form whatever way it was typed ("05062026" →
     * "2026-06-05"). Call it on a value without a {@link #problemWith problem}.
     */
    public String normalised(String value) {
        String v = value == null ? "" : value.strip();
        return type == Type.DATE && !v.isEmpty() ? TypedDate.parse(v).toString() : v;
    }
}
