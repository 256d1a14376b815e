package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.domain.DossierClock;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Everything a dossier holds, as one immutable value: what the aggregate {@link Dossier} guards and what the
 * repository stores. {@code step} is the index of the current internal step ({@code -1} before transfer).
 */
public record DossierData(DossierCode code, AgencyCode office, AgencyCode competentOffice, ProcedureSnapshot procedure,
        Applicant applicant, Representative representative, Channel channel, List<ReceivedDocument> documents,
        Map<String, String> declaration, String declarationFilledBy, LocalDateTime receivedAt, String receivedBy,
        DossierStatus status, DossierClock clock, int step, LocalDateTime stepStartedAt, String holder,
        List<Handover> controlSheet, List<Consultation> consultations, List<String> missingItems,
        LocalDateTime finishedAt, LocalDateTime returnedAt, Channel returnedThrough, String closingReason,
        String apologyReason, long version) {

    public DossierData {
        documents = documents == null ? List.of() : List.copyOf(documents);
        declaration = declaration == null ? Map.of() : Map.copyOf(declaration);
        controlSheet = controlSheet == null ? List.of() : List.copyOf(controlSheet);
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        missingItems = missingItems == null ? List.of() : List.copyOf(missingItems);
    }
}
