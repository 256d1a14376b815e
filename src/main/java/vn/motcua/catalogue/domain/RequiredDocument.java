package vn.motcua.catalogue.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A document the dossier must (or, when {@code condition} says so, may have to) contain.
 *
 * @param form whether the original, a copy, or a certified copy is needed
 * @param condition when a conditional document is required; {@code null} when always required
 */
public record RequiredDocument(String name, Form form, int copies, String condition) {

    public enum Form { ORIGINAL, COPY, CERTIFIED_COPY, ORIGINAL_TO_SHOW }

    public RequiredDocument {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("document.name", "A required document needs a name");
        }
        if (form == null) {
            throw new InvalidValueException("document.form", "Say whether the original or a copy is needed");
        }
        if (copies < 0 || copies > 99) {
            throw new InvalidValueException("document.copies", "Copies must be between 0 and 99");
        }
        name = name.strip();
        condition = condition == null || condition.isBlank() ? null : condition.strip();
    }

    public boolean isMandatory() {
        return condition == null;
    }
}
