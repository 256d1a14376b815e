package vn.motcua.citizen.domain;

import java.time.LocalDate;
import java.util.Objects;

import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * Who a citizen is, as the identity provider asserts it in its claims: the personal ID number, the full name and
 * the date of birth. Never typed by the citizen; refused when the claims disagree with each other.
 */
public record CitizenIdentity(PersonalIdNumber idNumber, String fullName, LocalDate birthDate) {

    public static final int MAX_NAME = 200;

    public CitizenIdentity {
        Objects.requireNonNull(idNumber, "idNumber");
        fullName = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (fullName.isEmpty() || fullName.length() > MAX_NAME || fullName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("citizen.name", "The provider gave no usable full name");
        }
        if (birthDate != null && birthDate.getYear() != idNumber.birthYear()) {
            throw new InvalidValueException("citizen.birthDate",
                    "The provider's date of birth disagrees with the year the personal ID number encodes");
        }
    }

    /** "Nguyễn Văn An" → "Nguyễn V. A.": enough to greet, not enough to identify (public pages, logs). */
    public String shortName() {
        String[] words = fullName.split(" ");
        var out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(words[i].charAt(0)).append('.');
        }
        return out.toString();
    }
}
