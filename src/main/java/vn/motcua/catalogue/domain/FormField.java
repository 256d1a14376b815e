package vn.motcua.catalogue.domain;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.motcua.platform.domain.InvalidValueException;

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
}
