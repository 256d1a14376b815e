package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.ReceivedDocument;
import vn.motcua.dossier.domain.Representative;
import vn.motcua.dossier.domain.Scan;
import vn.motcua.organization.domain.AgencyCode;

/** A complete dossier to accept at a desk: every part already a checked value. */
public record AcceptRequest(AgencyCode office, ProcedureCode procedure, Channel channel, Applicant applicant,
        Representative representative, List<ReceivedDocument> documents, Map<String, String> declaration,
        boolean assistedFilling, List<Scan> scans) {

    public AcceptRequest {
        scans = scans == null ? List.of() : List.copyOf(scans);
    }
}
