package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Handover;
import vn.motcua.dossier.domain.Holder;
import vn.motcua.dossier.domain.Stage;
import vn.motcua.dossier.domain.StepTimeliness;
import vn.motcua.organization.domain.AgencyCode;

/**
 * What the dossier module publishes of a dossier for the modules that count and show it (reporting, the portal):
 * where and how it came in, who received and who handled it, its due instants, status and closing, the models that
 * applied, the deadline it overran first and how each step went against its own. Readers take this, never the
 * control sheet or the dossier tables.
 *
 * @param handledBy the specialist who submitted the draft result for signature; the receiving officer when no one did
 * @param overrun the first deadline the dossier overran on its way, as the cause of its lateness when it is late
 * @param steps each step of the control sheet that had a deadline: when it was handed on, and its deadline
 */
public record DossierSummary(DossierCode code, AgencyCode office, String field, String procedureCode, String procedureName,
        String receivedBy, String handledBy, Channel channel, boolean assisted, boolean consulted, List<Long> models,
        LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime rescheduledDueAt, DossierStatus status,
        LocalDateTime finishedAt, LocalDateTime returnedAt, Overrun overrun, List<StepUse> steps) {

    public DossierSummary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(overrun, "overrun");
        models = List.copyOf(models);
        steps = List.copyOf(steps);
    }

    /** A step handed on at {@code at} against its deadline. */
    public record StepUse(LocalDateTime at, LocalDateTime dueAt) {
    }

    /**
     * The first deadline overrun: a consultation answered after its due date or never answered (the inter-agency
     * step: {@code agency}, {@code dueAt}); else the first step of the control sheet handed on late ({@code stage}
     * by {@code officer}); else none of them, so the result itself came after its time.
     */
    public record Overrun(Kind kind, String agency, LocalDateTime dueAt, Stage stage, String officer) {

        public enum Kind { CONSULTATION, STEP, RESULT }
    }

    public static DossierSummary of(DossierData d) {
        return new DossierSummary(d.code(), d.office(), d.procedure().field() == null ? "" : d.procedure().field(),
                d.procedure().code(), d.procedure().name(), d.receivedBy(), handledBy(d), d.channel(),
                d.declarationFilledBy() != null, !d.consultations().isEmpty(),
                d.models().stream().map(m -> m.modelId()).distinct().toList(), d.receivedAt(), d.clock().dueAt(),
                d.clock().rescheduledDueAt(), d.status(), d.finishedAt(), d.returnedAt(), overrun(d),
                d.controlSheet().stream().filter(h -> h.stepDueAt() != null).map(h -> new StepUse(h.at(), h.stepDueAt())).toList());
    }

    /** Who submitted the draft for signature last (the row to the leader), else who received it. */
    private static String handledBy(DossierData d) {
        return d.controlSheet().stream().filter(h -> h.to().is(Holder.Kind.LEADER)).reduce((a, b) -> b)
                .map(Handover::from).orElse(d.receivedBy());
    }

    private static Overrun overrun(DossierData d) {
        for (Consultation c : d.consultations()) {
            if (c.overran()) {
                return new Overrun(Overrun.Kind.CONSULTATION, c.agency(), c.dueAt(), null, null);
            }
        }
        return d.controlSheet().stream().filter(h -> h.timeliness() == StepTimeliness.LATE).findFirst()
                .map(h -> new Overrun(Overrun.Kind.STEP, null, h.stepDueAt(), h.step(), h.from()))
                .orElse(new Overrun(Overrun.Kind.RESULT, null, d.clock().dueAt(), null, null));
    }
}
