package vn.motcua.reporting.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Handover;
import vn.motcua.dossier.domain.StepTimeliness;

/**
 * What the reports need to know of one dossier: where and how it came in, who received and who handled it, when
 * it was due and when it closed, how (closing) and how it was judged (timeliness, by the one timeliness function),
 * why it was late, and its Circular 01/2018 indices 1–3 once judged.
 *
 * @param handledBy the specialist who submitted the draft result for signature; the receiving officer when no one did
 * @param lateCause for a late dossier, the step or agency that overran its allotted time
 */
public record DossierFact(String code, String office, String field, String procedureCode, String procedureName,
        String receivedBy, String handledBy, String channel, boolean assisted, boolean consulted, List<Long> models,
        LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime rescheduledDueAt, LocalDateTime closedAt,
        Closing closing, TimelinessClass timeliness, String lateCause, LocalDateTime returnedAt, Integer index1,
        Integer index2, Integer index3) {

    /** The step title the leader's signature follows in the control sheet. */
    static final String TO_LEADER = "Lãnh đạo";

    public DossierFact {
        Objects.requireNonNull(code, "code");
        models = models == null ? List.of() : List.copyOf(models);
        if (closedAt != null) {
            Objects.requireNonNull(closing, "closing");
        }
    }

    /**
     * The facts of a dossier as it is now. {@code verdict} is the timeliness of a judged closing (ignored otherwise);
     * {@code supplementRequests} how often the applicant was asked to complete it.
     */
    public static DossierFact of(DossierData d, TimelinessClass verdict, long supplementRequests) {
        Closing closing = closing(d);
        TimelinessClass judged = closing == null ? null : closing.judged() ? verdict : TimelinessClass.EXCLUDED;
        boolean scored = judged != null && judged.countsInRate();
        var steps = d.controlSheet().stream().filter(h -> h.stepDueAt() != null)
                .map(h -> DossierIndices.StepUse.of(h.at(), h.stepDueAt())).toList();
        return new DossierFact(d.code().value(), d.office().value(), d.procedure().field() == null ? "" : d.procedure().field(),
                d.procedure().code(), d.procedure().name(), d.receivedBy(), handledBy(d), d.channel().name(),
                d.declarationFilledBy() != null, !d.consultations().isEmpty(), d.models().stream().map(m -> m.modelId()).distinct().toList(),
                d.receivedAt(), d.clock().dueAt(), d.clock().rescheduledDueAt(), closing == null ? null : d.finishedAt(), closing,
                judged, judged == TimelinessClass.LATE ? lateCause(d) : null, d.returnedAt(),
                scored ? DossierIndices.totalTime(judged) : null, scored ? DossierIndices.steps(steps) : null,
                scored ? DossierIndices.contacts(supplementRequests) : null);
    }

    static Closing closing(DossierData d) {
        if (d.finishedAt() == null) {
            return null;
        }
        return d.status() == DossierStatus.REFUSED ? Closing.REFUSED : d.status() == DossierStatus.STOPPED ? Closing.STOPPED : Closing.RESULT;
    }

    static String handledBy(DossierData d) {
        return d.controlSheet().stream().filter(h -> TO_LEADER.equals(h.to())).reduce((a, b) -> b)
                .map(Handover::from).orElse(d.receivedBy());
    }

    /**
     * Which step or agency overran: a consultation answered after its deadline (or never answered) first, as the
     * inter-agency step; else the first step of the control sheet handed over late; else the return of the result.
     */
    static String lateCause(DossierData d) {
        for (Consultation c : d.consultations()) {
            if (c.overran()) {
                return "Lấy ý kiến " + c.agency() + " quá hạn (hạn " + c.dueAt().toLocalDate() + ")";
            }
        }
        return d.controlSheet().stream().filter(h -> h.timeliness() == StepTimeliness.LATE && !TO_LEADER.equals(h.from()))
                .findFirst().map(h -> "Bước «" + h.step() + "» của " + h.from() + " quá hạn")
                .orElse("Kết quả có sau thời hạn");
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The keys this dossier's counters go under, for the officer given (receiving or handling). */
    public List<CountChange.Key> keys(String officer) {
        var keys = new java.util.ArrayList<CountChange.Key>(List.of(new CountChange.Key(Dimension.ALL, ""),
                new CountChange.Key(Dimension.FIELD, field), new CountChange.Key(Dimension.PROCEDURE, procedureCode),
                new CountChange.Key(Dimension.OFFICER, officer), new CountChange.Key(Dimension.CHANNEL, channel)));
        models.forEach(m -> keys.add(new CountChange.Key(Dimension.MODEL, String.valueOf(m))));
        return keys;
    }
}
