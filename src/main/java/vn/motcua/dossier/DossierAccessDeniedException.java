package vn.motcua.dossier;

/** The member may not see or change the dossier (another office, or a missing role). */
public class DossierAccessDeniedException extends org.springframework.security.access.AccessDeniedException {

    public DossierAccessDeniedException(String message) {
        super(message);
    }
}
