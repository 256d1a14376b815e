package vn.motcua.servicemodel.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SearchText;

/**
 * One office's service model, in force from {@code validFrom} to {@code validUntil} (open-ended when null).
 *
 * @param publicName the name citizens see ("Giờ làm việc thứ 9")
 * @param weekdays the weekdays it applies on; empty for every day (assisted filling, the QR survey)
 * @param session the added working time, for the kinds that add one
 * @param fields the fields a no-appointment day covers (all when both scopes are empty)
 * @param procedures the procedure codes a no-appointment day covers besides its fields
 * @param slipPrinted on a no-appointment day, whether an appointment slip is still printed ("trả trong ngày")
 * @param leaderOnDuty whether each of its days needs a leader on the duty roster
 */
public record ServiceModel(Long id, AgencyCode office, ServiceModelKind kind, String publicName, LocalDate validFrom,
        LocalDate validUntil, Set<DayOfWeek> weekdays, WorkingSession session, List<String> fields,
        List<String> procedures, boolean slipPrinted, boolean leaderOnDuty) {

    public static final int MAX_NAME_LENGTH = 200;

    public ServiceModel {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(kind, "kind");
        if (publicName == null || publicName.isBlank()) {
            throw new InvalidValueException("serviceModel.name", "A service model needs the name citizens see");
        }
        publicName = publicName.strip();
        if (publicName.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("serviceModel.name.tooLong", "At most 200 characters");
        }
        if (validFrom == null) {
            throw new InvalidValueException("serviceModel.from", "A service model needs a start date");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new InvalidValueException("serviceModel.until", "A service model cannot end before it starts");
        }
        if (weekdays != null && weekdays.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException("serviceModel.weekdays", "Every weekday is a day of the week");
        }
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (kind == ServiceModelKind.SATURDAY_RECEPTION) {
            weekdays = Set.of(DayOfWeek.SATURDAY);
        }
        if ((kind.addsSession() || kind == ServiceModelKind.NO_APPOINTMENT_DAY) && weekdays.isEmpty()) {
            throw new InvalidValueException("serviceModel.weekdays", "Choose the weekdays the model applies on");
        }
        if (kind.addsSession() && session == null) {
            throw new InvalidValueException("serviceModel.session", "Give the start and end of the added session");
        }
        session = !kind.addsSession() || session == null ? null
                : new WorkingSession(session.start(), session.end(), publicName);
        fields = fields == null ? List.of() : fields.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList();
        procedures = procedures == null ? List.of()
                : procedures.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
    }

    /** Whether the model is in force on the date: within its dates and on one of its weekdays. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validUntil == null || !date.isAfter(validUntil))
                && (weekdays.isEmpty() || weekdays.contains(date.getDayOfWeek()));
    }

    /** Whether it is in force at any time between the dates (both included). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to) && (validUntil == null || !validUntil.isBefore(from));
    }

    /** The working time it adds to the office's calendar, for the kinds that add some. */
    public Optional<ExtraSession> extraSession() {
        return session == null ? Optional.empty() : Optional.of(new ExtraSession(session, weekdays, validFrom, validUntil));
    }

    /** Whether the instant falls in the session the model adds, on a day it is in force. */
    public boolean addedSessionContains(LocalDateTime at) {
        return session != null && inForceOn(at.toLocalDate()) && session.contains(at.toLocalTime());
    }

    /**
     * Whether a no-appointment day covers the procedure: its code is listed, or its field is (compared without
     * diacritics or case); a model with neither covers every procedure.
     */
    public boolean covers(String procedureCode, String field) {
        if (fields.isEmpty() && procedures.isEmpty()) {
            return true;
        }
        String wanted = field == null ? "" : SearchText.of(field);
        return procedures.contains(procedureCode) || fields.stream().anyMatch(f -> SearchText.of(f).equals(wanted));
    }

    /** The same model ending on the day (a model is never deleted: its statistics stay). */
    public ServiceModel endingOn(LocalDate day) {
        return new ServiceModel(id, office, kind, publicName, validFrom, day, weekdays, session, fields, procedures,
                slipPrinted, leaderOnDuty);
    }
}
