package vn.motcua.dossier.domain;

/** A transition the dossier refused, with the reason and a detail in English for logs and APIs. */
public class TransitionRefusedException extends RuntimeException {

    private final TransitionRefusal reason;

    public TransitionRefusedException(TransitionRefusal reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public TransitionRefusal reason() {
        return reason;
    }
}
