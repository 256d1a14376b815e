package vn.motcua.dossier.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Who the dossier is for (chủ hồ sơ): an individual with a personal ID number, or an organisation with its
 * registration or tax number. Contact details are optional; the phone is digits only.
 */
public record Applicant(Kind kind, String name, PersonalIdNumber idNumber, String organisationNumber, String address,
        String phone, String email) {

    public enum Kind { INDIVIDUAL, ORGANISATION }

    public static final int MAX_NAME = 200;

    public Applicant {
        if (kind == null) {
            throw new InvalidValueException("applicant.kind", "Say whether the applicant is a person or an organisation");
        }
        name = Text.required(name, MAX_NAME, "applicant.name");
        if (kind == Kind.INDIVIDUAL && idNumber == null) {
            throw new InvalidValueException("idNumber.required", "An individual applicant gives a personal ID number");
        }
        organisationNumber = Text.optional(organisationNumber, 20, "applicant.organisationNumber");
        if (kind == Kind.ORGANISATION && organisationNumber == null) {
            throw new InvalidValueException("applicant.organisationNumber.required",
                    "An organisation gives its registration or tax number");
        }
        address = Text.optional(address, 300, "applicant.address");
        phone = Text.optional(phone == null ? null : phone.replaceAll("[\\s.\\-]", ""), 15, "applicant.phone");
        if (phone != null && !phone.matches("\\+?\\d{9,14}")) {
            throw new InvalidValueException("applicant.phone.format", "A phone number is 9 to 14 digits");
        }
        email = Text.optional(email, 120, "applicant.email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("applicant.email.format", "Not an e-mail address");
        }
    }

    /** The name as public pages show it: "Nguyễn V** A**" (rules.md §7). */
    public String maskedName() {
        String[] words = name.split("\\s+");
        var out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(words[i].charAt(0)).append("**");
        }
        return out.toString();
    }
}
