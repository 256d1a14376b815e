package vn.motcua.catalogue.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A fee or charge. {@code amountVnd} is {@code null} when the amount depends on the case and only
 * {@code description} says how it is computed; zero means free of charge.
 */
public record Fee(String name, Long amountVnd, String description) {

    public Fee {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("fee.name", "A fee needs a name");
        }
        if (amountVnd != null && amountVnd < 0) {
            throw new InvalidValueException("fee.amount", "A fee cannot be negative");
        }
        name = name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
