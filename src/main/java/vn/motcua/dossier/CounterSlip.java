package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.dossier.domain.Applicant;
import vn.motcua.organization.domain.AgencyCode;

/**
 * A slip issued at the counter for a dossier that was not accepted: form 02 lists every missing item at once,
 * form 03 gives the reasons for refusing. At the counter no dossier code is issued for either; a dossier submitted
 * online has its code from its submission, and its slip carries it ({@code dossierCode}, otherwise {@code null}).
 */
public record CounterSlip(long id, AgencyCode office, Kind kind, String procedureCode, String procedureName,
        Applicant applicant, List<String> items, String officer, LocalDateTime issuedAt, String dossierCode) {

    public enum Kind { SUPPLEMENT_REQUEST, REFUSAL }
}
