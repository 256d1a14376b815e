package vn.motcua.citizen.domain;

import vn.motcua.platform.domain.InvalidValueException;

/** A command an online submission refuses in its present state, with the reason as a stable code. */
public class SubmissionRefusedException extends InvalidValueException {

    public SubmissionRefusedException(String code, String message) {
        super(code, message);
    }
}
