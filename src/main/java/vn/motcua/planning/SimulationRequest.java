package vn.motcua.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.planning.domain.Change;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * What a leader asks on the simulator's form, as kept with the run: the office, the past period, the change (its kind
 * and the fields of that kind), the runs and the seed.
 *
 * @param kind NONE, ADD_MODEL, REMOVE_MODEL, COUNTERS, UNIT or HOURS
 */
public record SimulationRequest(String office, LocalDate from, LocalDate to, String kind, String modelKind, Long modelId,
        Set<DayOfWeek> days, LocalTime start, LocalTime end, String fields, Integer counters, String unit, Integer officersNow,
        Integer officersPlanned, Integer openEarlier, Integer closeLater, Integer share, int runs, long seed) {

    public static final int MAX_DAYS = 366;
    public static final int MAX_FIELDS = 500;
    public static final List<String> KINDS = List.of("NONE", "ADD_MODEL", "REMOVE_MODEL", "COUNTERS", "UNIT", "HOURS");
    public static final List<ServiceModelKind> MODEL_KINDS = List.of(ServiceModelKind.EXTENDED_SESSION,
            ServiceModelKind.EARLY_OPENING, ServiceModelKind.NO_APPOINTMENT_DAY, ServiceModelKind.SATURDAY_RECEPTION);

    public SimulationRequest {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (from == null) {
            throw new InvalidValueException("simulation.from", "A first day");
        }
        if (to == null) {
            throw new InvalidValueException("simulation.to", "A last day");
        }
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAYS) {
            throw new InvalidValueException("simulation.to", "At most 366 days, the last after the first");
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidValueException("simulation.kind", "Choose a change");
        }
        if (fields != null && fields.length() > MAX_FIELDS) {
            throw new InvalidValueException("simulation.fields", "At most 500 characters");
        }
        if (runs < 1 || runs > 30) {
            throw new InvalidValueException("simulation.runs", "From 1 to 30 runs");
        }
        if (seed < 0 || seed > 999_999_999L) {
            throw new InvalidValueException("simulation.seed", "From 0 to 999999999");
        }
    }

    /** The share of visitors in added desk time when the request leaves it empty and nothing better is known. */
    public static final int USUAL_SHARE = 10;

    /**
     * The change asked, against the office's models (for one to take away); {@code learntShare} is taken when the
     * request leaves the share empty.
     */
    public Change change(List<ServiceModel> models, int learntShare) {
        return switch (kind) {
            case "NONE" -> new Change.Unchanged();
            case "COUNTERS" -> new Change.Counters(required(counters, "simulation.counters"));
            case "UNIT" -> new Change.UnitOfficers(unit, required(officersNow, "simulation.officers"),
                    required(officersPlanned, "simulation.officers"));
            case "HOURS" -> new Change.Hours(days, openEarlier == null ? 0 : openEarlier, closeLater == null ? 0 : closeLater,
                    share == null ? USUAL_SHARE : share);
            case "REMOVE_MODEL" -> {
                if (modelId == null || models.stream().noneMatch(m -> modelId.equals(m.id()))) {
                    throw new InvalidValueException("simulation.model", "Choose one of the office's models");
                }
                yield new Change.RemoveModel(modelId);
            }
            default -> new Change.AddModel(model(), share == null ? learntShare : share);
        };
    }

    /** The kind of model to add, when the change adds one that adds desk time. */
    public Optional<ServiceModelKind> addedSessionKind() {
        if (!"ADD_MODEL".equals(kind)) {
            return Optional.empty();
        }
        try {
            var k = ServiceModelKind.valueOf(modelKind == null ? "" : modelKind);
            return k.addsSession() ? Optional.of(k) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private ServiceModel model() {
        ServiceModelKind k;
        try {
            k = ServiceModelKind.valueOf(modelKind == null ? "" : modelKind);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("simulation.modelKind", "Choose a kind of model");
        }
        if (!MODEL_KINDS.contains(k)) {
            throw new InvalidValueException("simulation.modelKind", "Choose a kind of model");
        }
        WorkingSession session = null;
        if (k.addsSession()) {
            if (start == null || end == null || !start.isBefore(end)) {
                throw new InvalidValueException("simulation.session", "A start before the end");
            }
            session = new WorkingSession(start, end, null);
        }
        List<String> covered = fields == null ? List.of()
                : Arrays.stream(fields.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).limit(50).toList();
        try {
            return new ServiceModel(null, AgencyCode.of(office), k, "Mô phỏng: " + k.name(), from, null, days, session,
                    covered, List.of(), true, false);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.code().replace("serviceModel.", "simulation."), e.getMessage());
        }
    }

    private static int required(Integer value, String code) {
        if (value == null) {
            throw new InvalidValueException(code, "A number");
        }
        return value;
    }
}
