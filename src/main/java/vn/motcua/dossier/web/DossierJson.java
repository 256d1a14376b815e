package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Handover;
import vn.motcua.dossier.domain.Transition;

/** The JSON shapes of the dossier API. */
final class DossierJson {

    private DossierJson() {
    }

    record ApplicantBody(String kind, String name, String idNumber, String organisationNumber, String address, String phone,
            String email) {
    }

    record RepresentativeBody(String name, String idNumber, String authorisation) {
    }

    record DocumentBody(String name, Integer copies) {
    }

    record AcceptBody(String officeCode, String procedureCode, String channel, ApplicantBody applicant,
            RepresentativeBody representative, List<DocumentBody> documents, Map<String, String> declaration,
            Boolean assistedFilling) {
    }

    /** The arguments of a transition; each transition reads the ones it needs. */
    record TransitionBody(Long version, String note, List<String> items, LocalDateTime newDueAt, String through,
            String unit, String agency, String direction, String question, Integer workingDays, Integer number,
            String competentOffice, String consultedOffice) {
    }

    record Accepted(String code, String status, LocalDateTime receivedAt, LocalDateTime dueAt, String receiptUrl,
            String lookupUrl, List<vn.motcua.servicemodel.domain.AppliedModel> models, boolean slipPrinted, long version) {
    }

    record Dossier(String code, String status, String officeCode, String competentOffice, String procedureCode,
            String procedureName, String applicantName, String channel, LocalDateTime receivedAt, LocalDateTime dueAt,
            LocalDateTime promisedAt, String holder, List<String> missingItems, List<Handover> controlSheet,
            List<vn.motcua.dossier.domain.Consultation> consultations, List<Transition> history, long version) {

        static Dossier of(DossierData d, List<Transition> history) {
            return new Dossier(d.code().value(), d.status().name(), d.office().value(), d.competentOffice().value(),
                    d.procedure().code(), d.procedure().name(), d.applicant().name(), d.channel().name(), d.receivedAt(),
                    d.clock().dueAt(), d.clock().promisedAt(), d.holder(), d.missingItems(), d.controlSheet(),
                    d.consultations(), history,
                    d.version());
        }
    }
}
