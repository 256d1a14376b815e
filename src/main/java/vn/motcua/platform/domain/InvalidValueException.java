package vn.motcua.platform.domain;

/**
 * A value object refused its input. {@code code} names the rule that was broken (for example
 * {@code agencyCode.format}) so that screens can show a translated message next to the field.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String code;

    public InvalidValueException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
