package vn.motcua.dossier.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Who received the result at its return: the applicant, or a representative named with their personal ID number
 * (the paper they showed was checked at the desk).
 *
 * @param name the representative's name; none for the applicant
 * @param idNumber the representative's personal ID number; none for the applicant
 */
public record ResultRecipient(String name, PersonalIdNumber idNumber) {

    public static final ResultRecipient APPLICANT = new ResultRecipient(null, null);

    public ResultRecipient {
        if (name != null || idNumber != null) {
            name = Text.required(name, Applicant.MAX_NAME, "recipient.name");
            if (idNumber == null) {
                throw new InvalidValueException("recipient.idNumber", "A representative gives a personal ID number");
            }
        }
    }

    public static ResultRecipient representative(String name, PersonalIdNumber idNumber) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("recipient.name", "Name the person who received the result");
        }
        return new ResultRecipient(name, idNumber);
    }

    public boolean takenByApplicant() {
        return name == null;
    }
}
