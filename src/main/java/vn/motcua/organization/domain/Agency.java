package vn.motcua.organization.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A public body or one of its units (a province, a commune centre, a department), placed in a tree of any
 * depth by its parent. Its code is valid from {@code validFrom} to {@code validTo} (either open); a code
 * retired by a merger names its {@code successor}.
 */
public record Agency(AgencyCode code, String name, AgencyCode parentCode, AgencyKind kind, LocalDate validFrom,
        LocalDate validTo, AgencyCode successor) {

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
        kind = kind == null ? AgencyKind.UNIT : kind;
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidValueException("agency.validity", "A code cannot stop being valid before it starts");
        }
        if (code.equals(successor)) {
            throw new InvalidValueException("agency.successor.self", "An agency cannot succeed itself");
        }
        if (successor != null && validTo == null) {
            throw new InvalidValueException("agency.successor.open", "Only a code that stopped being valid has a successor");
        }
    }

    /** An agency valid from the start of time with no successor. */
    public Agency(AgencyCode code, String name, AgencyCode parentCode) {
        this(code, name, parentCode, AgencyKind.UNIT, null, null, null);
    }

    public Agency(AgencyCode code, String name, AgencyCode parentCode, AgencyKind kind) {
        this(code, name, parentCode, kind, null, null, null);
    }

    public Optional<AgencyCode> parent() {
        return Optional.ofNullable(parentCode);
    }

    public boolean isValidOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** The agency with its code retired after {@code lastDay}, replaced by {@code by} (may be none). */
    public Agency retiredAfter(LocalDate lastDay, AgencyCode by) {
        Objects.requireNonNull(lastDay, "lastDay");
        return new Agency(code, name, parentCode, kind, validFrom, lastDay, by);
    }

    public Agency renamed(String newName, AgencyKind newKind, LocalDate from) {
        return new Agency(code, newName, parentCode, newKind, from, validTo, successor);
    }
}
