package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.AppliedModel;

/**
 * What is fixed when a dossier is accepted and never changes after: its code, the office that received it, the
 * procedure version, the applicant and any representative, the channel, the papers, the declaration and who
 * filled it, when and by whom it was received, and the service models that applied to it.
 */
public record Intake(DossierCode code, AgencyCode office, ProcedureSnapshot procedure, Applicant applicant,
        Representative representative, Channel channel, List<ReceivedDocument> documents, Map<String, String> declaration,
        String declarationFilledBy, LocalDateTime receivedAt, String receivedBy, List<AppliedModel> models) {

    public Intake {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(receivedAt, "receivedAt");
        documents = documents == null ? List.of() : List.copyOf(documents);
        declaration = declaration == null ? Map.of() : Map.copyOf(declaration);
        models = models == null ? List.of() : List.copyOf(models);
    }
}
