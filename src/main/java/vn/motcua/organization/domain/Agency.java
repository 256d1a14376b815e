package vn.motcua.organization.domain;

import java.util.Objects;
import java.util.Optional;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A public body or one of its units (a province, a commune centre, a department), placed in a
 * tree of any depth by its parent.
 */
public record Agency(AgencyCode code, String name, AgencyCode parentCode) {

    public static final int MAX_NAME_LENGTH = 255;

    public Agency {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("agency.name.required", "An agency needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("agency.name.tooLong", "An agency name has at most 255 characters");
        }
        if (code.equals(parentCode)) {
            throw new InvalidValueException("agency.parent.self", "An agency cannot be its own parent");
        }
    }

    public Optional<AgencyCode> parent() {
        return Optional.ofNullable(parentCode);
    }
}
