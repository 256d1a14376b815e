package vn.motcua.organization;

import vn.motcua.organization.domain.AgencyCode;

/** No agency is registered under the code. */
public class UnknownAgencyException extends RuntimeException {

    private final AgencyCode code;

    public UnknownAgencyException(AgencyCode code) {
        super("Unknown agency " + code);
        this.code = code;
    }

    public AgencyCode code() {
        return code;
    }
}
