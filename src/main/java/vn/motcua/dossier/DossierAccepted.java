package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Published in the acceptance's transaction for every dossier accepted, at the counter or from the online inbox: a
 * listener that fails rolls the acceptance back. The fees module records the fee due from it.
 *
 * @param procedureVersion the day the procedure version the dossier was received under took effect
 * @param applicantIdNumber the applicant's personal ID number, or {@code null} for an organisation
 * @param channel {@code COUNTER}, {@code POST} or {@code ONLINE}
 */
public record DossierAccepted(String dossierCode, String office, String procedureCode, LocalDate procedureVersion,
        String applicantName, String applicantIdNumber, String channel, Instant at, String by) {

    public DossierAccepted {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureVersion, "procedureVersion");
    }
}
