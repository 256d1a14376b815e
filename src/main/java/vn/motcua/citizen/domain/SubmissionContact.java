package vn.motcua.citizen.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * How the desk reaches the citizen about an online dossier (typed by the citizen: the identity comes from the
 * provider, the contact does not): a phone for SMS, an e-mail, the address for the paper result. A phone or an e-mail
 * is needed at submission, so that the receipt and any supplement request reach them.
 */
public record SubmissionContact(String phone, String email, String address) {

    public static final SubmissionContact NONE = new SubmissionContact(null, null, null);

    public SubmissionContact {
        phone = blankToNull(phone == null ? null : phone.replaceAll("[\\s.\\-]", ""));
        if (phone != null && !phone.matches("\\+?\\d{9,14}")) {
            throw new InvalidValueException("contact.phone", "A phone number is 9 to 14 digits");
        }
        email = blankToNull(email);
        if (email != null && (email.length() > 120 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new InvalidValueException("contact.email", "Not an e-mail address");
        }
        address = blankToNull(address);
        if (address != null && (address.length() > 300 || address.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidValueException("contact.address", "An address has at most 300 plain characters");
        }
    }

    public boolean reachable() {
        return phone != null || email != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
