package vn.motcua.dossier;

import java.time.Instant;
import java.util.Objects;

import vn.motcua.dossier.domain.DossierStatus;

/**
 * Published in the transition's transaction when a dossier ends without a result: refused after review or stopped at
 * the applicant's request. A fee paid for it is then due back.
 */
public record DossierEnded(String dossierCode, DossierStatus status, Instant at, String by, String office) {

    public DossierEnded {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(status, "status");
    }
}
