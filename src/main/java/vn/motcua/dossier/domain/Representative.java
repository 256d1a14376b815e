package vn.motcua.dossier.domain;

import vn.motcua.platform.domain.InvalidValueException;

/** Someone submitting on the applicant's behalf, with the paper that authorises them. */
public record Representative(String name, PersonalIdNumber idNumber, String authorisation) {

    public Representative {
        name = Text.required(name, Applicant.MAX_NAME, "representative.name");
        if (idNumber == null) {
            throw new InvalidValueException("representative.idNumber",
                    "A representative gives a personal ID number");
        }
        authorisation = Text.required(authorisation, 300, "representative.authorisation");
    }
}
