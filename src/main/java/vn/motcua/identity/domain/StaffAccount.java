package vn.motcua.identity.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * A member of staff: belongs to one office and holds one or more roles there; handles some fields of
 * procedures (none listed: any) and may sit at a counter of the office's one-stop desk.
 */
public record StaffAccount(Username username, String fullName, AgencyCode office, Set<StaffRole> roles,
        boolean enabled, Set<String> fields, Long counterId) {

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
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException("staff.roles.required", "A member of staff needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        fields = fields == null ? Set.of() : fields.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(f -> !f.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (fields.stream().anyMatch(f -> f.length() > 200)) {
            throw new InvalidValueException("staff.fields.tooLong", "A field name has at most 200 characters");
        }
    }

    public StaffAccount(Username username, String fullName, AgencyCode office, Set<StaffRole> roles, boolean enabled) {
        this(username, fullName, office, roles, enabled, Set.of(), null);
    }

    /** Fields in alphabetical order, for display. */
    public java.util.List<String> sortedFields() {
        return fields.stream().sorted().toList();
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
