package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.catalogue.domain.ProcedureVersion;

/**
 * What a dossier keeps of the procedure version it was received under.
 *
 * @param supplementWindowDays the procedure's own supplement window in working days, or {@code null} for the
 *        office's rule
 */
public record ProcedureSnapshot(String code, LocalDate effectiveFrom, String name, String field, ProcessingTime legalTime,
        List<ProcessingStep> steps, Integer supplementWindowDays) {

    public ProcedureSnapshot {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(legalTime, "legalTime");
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static ProcedureSnapshot of(ProcedureVersion v) {
        return new ProcedureSnapshot(v.code().value(), v.effectiveFrom(), v.name(), v.field(), v.legalTime(), v.steps(),
                v.supplementWindowDays());
    }
}
