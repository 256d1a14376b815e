package vn.motcua.servicemodel.domain;

import java.time.LocalDate;
import java.util.Objects;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * Who staffs one day of a model: the leader on duty (a staff username, or null while none is assigned) and
 * the staff or volunteers, as written.
 */
public record RosterDay(long modelId, LocalDate day, String leader, String staff) {

    public static final int MAX_STAFF_LENGTH = 1000;

    public RosterDay {
        Objects.requireNonNull(day, "day");
        leader = leader == null || leader.isBlank() ? null : leader.strip();
        staff = staff == null ? "" : staff.strip();
        if (staff.length() > MAX_STAFF_LENGTH) {
            throw new InvalidValueException("roster.staff.tooLong", "At most 1000 characters");
        }
    }

    public boolean hasLeader() {
        return leader != null;
    }
}
