package vn.motcua.identity.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/** A member of staff: belongs to one office and holds one or more roles there. */
public record StaffAccount(Username username, String fullName, AgencyCode office, Set<StaffRole> roles,
        boolean enabled) {

    public static final int MAX_NAME_LENGTH = 120;

    public StaffAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(office, "office");
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidValueException("staff.fullName.required", "A member of staff needs a name");
        }
        fullName = fullName.strip();
        if (fullName.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("staff.fullName.tooLong", "A name has at most 120 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("staff.roles.required", "A member of staff needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
