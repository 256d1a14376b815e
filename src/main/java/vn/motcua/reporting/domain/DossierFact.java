package vn.motcua.reporting.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.organization.domain.AgencyCode;

/**
 * What the reports need to know of one dossier: where and how it came in, who received and who handled it, when
 * it was due and when it closed, how (closing) and how it was judged (timeliness, by the one timeliness function),
 * why it was late, and its Circular 01/2018 indices 1–3 once judged.
 *
 * @param handledBy the specialist who submitted the draft result for signature; the receiving officer when no one did
 * @param lateCause for a late dossier, the step or agency that overran its allotted time
 */
public record DossierFact(String code, AgencyCode office, String field, String procedureCode, String procedureName,
        String receivedBy, String handledBy, String channel, boolean assisted, boolean consulted, List<Long> models,
        LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime rescheduledDueAt, LocalDateTime closedAt,
        Closing closing, TimelinessClass timeliness, String lateCause, LocalDateTime returnedAt, Integer index1,
        Integer index2, Integer index3) {

    public DossierFact {
        Objects.requireNonNull(code, "code");
        models = models == null ? List.of() : List.copyOf(models);
        if (closedAt != null) {
            Objects.requireNonNull(closing, "closing");
        }
    }

    /**
     * The facts of a dossier as it is now. {@code verdict} is the timeliness of a judged closing (ignored otherwise);
     * {@code supplementRequests} how often the applicant was asked to complete it; {@code lateCause} words the
     * deadline it overran, for a late dossier.
     */
    public static DossierFact of(DossierSummary d, TimelinessClass verdict, long supplementRequests,
            Function<DossierSummary.Overrun, String> lateCause) {
        Closing closing = closing(d);
        TimelinessClass judged = closing == null ? null : closing.judged() ? verdict : TimelinessClass.EXCLUDED;
        boolean scored = judged != null && judged.countsInRate();
        var steps = d.steps().stream().map(s -> DossierIndices.StepUse.of(s.at(), s.dueAt())).toList();
        return new DossierFact(d.code().value(), d.office(), d.field(), d.procedureCode(), d.procedureName(),
                d.receivedBy(), d.handledBy(), d.channel().name(), d.assisted(), d.consulted(), d.models(), d.receivedAt(),
                d.dueAt(), d.rescheduledDueAt(), closing == null ? null : d.finishedAt(), closing, judged,
                judged == TimelinessClass.LATE ? lateCause.apply(d.overrun()) : null, d.returnedAt(),
                scored ? DossierIndices.totalTime(judged) : null, scored ? DossierIndices.steps(steps) : null,
                scored ? DossierIndices.contacts(supplementRequests) : null);
    }

    static Closing closing(DossierSummary d) {
        if (d.finishedAt() == null) {
            return null;
        }
        return d.status() == DossierStatus.REFUSED ? Closing.REFUSED : d.status() == DossierStatus.STOPPED ? Closing.STOPPED : Closing.RESULT;
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
