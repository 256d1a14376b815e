package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.motcua.calendar.domain.DossierClock;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Where a dossier is on its path: the agency competent to decide it, its status and clock, the procedure step it
 * is at ({@code -1} before transfer) and since when, who holds it, the control sheet, the consultations, the items
 * a supplement asks for and the reason of an apology.
 */
public record Progress(AgencyCode competentOffice, DossierStatus status, DossierClock clock, int step,
        LocalDateTime stepStartedAt, Holder holder, List<Handover> controlSheet, List<Consultation> consultations,
        List<String> missingItems, String apologyReason) {

    public Progress {
        Objects.requireNonNull(competentOffice, "competentOffice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(holder, "holder");
        controlSheet = controlSheet == null ? List.of() : List.copyOf(controlSheet);
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
    }

    /** Just accepted: received, held by the receiving officer, the clock running on the appointment. */
    static Progress accepted(AgencyCode competentOffice, DossierClock clock, LocalDateTime at, String officer) {
        return new Progress(competentOffice, DossierStatus.RECEIVED, clock, -1, at, Holder.officer(officer), List.of(),
                List.of(), List.of(), null);
    }

    /** Handed over: a row added to the control sheet, the dossier now with {@code to} at step {@code nextStep}. */
    Progress handedOver(DossierStatus next, Handover row, int nextStep) {
        var sheet = new ArrayList<>(controlSheet);
        sheet.add(row);
        return new Progress(competentOffice, next, clock, nextStep, row.at(), row.to(), sheet, consultations, missingItems,
                apologyReason);
    }

    Progress routedTo(AgencyCode competent) {
        return new Progress(competent, status, clock, step, stepStartedAt, holder, controlSheet, consultations, missingItems,
                apologyReason);
    }

    Progress withStatus(DossierStatus next) {
        return new Progress(competentOffice, next, clock, step, stepStartedAt, holder, controlSheet, consultations,
                missingItems, apologyReason);
    }

    /** Waiting for the applicant's supplement: the clock suspended, the missing items listed. */
    Progress awaitingSupplement(DossierClock suspended, List<String> missing) {
        return new Progress(competentOffice, DossierStatus.SUPPLEMENT_REQUESTED, suspended, step, stepStartedAt, holder,
                controlSheet, consultations, missing, apologyReason);
    }

    /** Complete again at {@code at}: processing on the restarted clock, at least at the first step. */
    Progress completeAgain(DossierClock restarted, LocalDateTime at) {
        return new Progress(competentOffice, DossierStatus.PROCESSING, restarted, Math.max(step, 0), at, holder,
                controlSheet, consultations, List.of(), apologyReason);
    }

    Progress rescheduled(DossierClock clock, String reason) {
        return new Progress(competentOffice, status, clock, step, stepStartedAt, holder, controlSheet, consultations,
                missingItems, reason);
    }

    Progress withConsultations(List<Consultation> all) {
        return new Progress(competentOffice, status, clock, step, stepStartedAt, holder, controlSheet, all, missingItems,
                apologyReason);
    }
}
