package vn.motcua.dossier.domain;

import java.util.Objects;

/**
 * A stage of the control sheet (form 06): one of the path's own stages, or a step of the procedure by its title in
 * the catalogue. Stored as its kind; the words are the interface's (messages {@code stage.*}).
 *
 * @param title the procedure step's title, for {@link Kind#STEP} only
 */
public record Stage(Kind kind, String title) {

    public enum Kind {
        /** Received at the desk and transferred to the unit that processes it. */
        RECEPTION_AND_TRANSFER,
        /** A step of the procedure, named by the catalogue. */
        STEP,
        /** Processing, for a procedure that lists no steps. */
        PROCESSING,
        /** The draft result submitted for signature (sent back from it). */
        SUBMISSION,
        /** Signed by the leader. */
        APPROVAL,
        /** The result back at the desk. */
        RESULT_AT_DESK,
        /** The result returned to the applicant. */
        RETURN
    }

    public Stage {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.STEP) != (title != null && !title.isBlank())) {
            throw new IllegalArgumentException("A step has a title, and only a step: " + kind + " " + title);
        }
    }

    public static Stage of(Kind kind) {
        return new Stage(kind, null);
    }

    public static Stage step(String title) {
        return new Stage(Kind.STEP, title);
    }
}
