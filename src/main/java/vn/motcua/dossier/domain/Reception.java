package vn.motcua.dossier.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;

/**
 * What the officer at the counter gathered for one dossier: the office, the procedure version, the
 * applicant and any representative, the channel, the documents ticked on the checklist, the declaration
 * and who filled it (the officer, for a citizen who cannot write it).
 */
public record Reception(AgencyCode office, AgencyCode competentOffice, ProcedureSnapshot procedure, Applicant applicant,
        Representative representative, Channel channel, List<ReceivedDocument> documents, Map<String, String> declaration,
        String assistedBy, Officer officer) {

    public Reception {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(officer, "officer");
        competentOffice = competentOffice == null ? office : competentOffice;
        documents = documents == null ? List.of() : List.copyOf(documents);
        DossierLimits.documents(documents);
        declaration = declaration == null ? Map.of() : Map.copyOf(declaration);
    }
}
