package vn.motcua.dossier.domain;

import java.util.regex.Pattern;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A personal ID number (số định danh cá nhân, rules.md §6): 12 digits; 3 for the province (or country)
 * of birth registration, 1 for century and sex, 2 for the year of birth, 6 random. Its format and internal
 * consistency are checked; eligibility is never decided from it.
 */
public record PersonalIdNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{12}");
    /** Province codes run 001–096 (not every number is used); 000 and 097–999 are not provinces. */
    static final int LAST_PROVINCE = 96;

    public enum Sex { MALE, FEMALE }

    public PersonalIdNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("idNumber.required", "A personal ID number is required");
        }
        value = value.replace(" ", "").strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("idNumber.format", "A personal ID number is 12 digits");
        }
        int province = Integer.parseInt(value.substring(0, 3));
        if (province < 1 || province > LAST_PROVINCE) {
            throw new InvalidValueException("idNumber.province", "The first three digits are a province code 001–096");
        }
        if (value.charAt(3) > '9') {
            throw new InvalidValueException("idNumber.century", "The fourth digit encodes century and sex");
        }
    }

    public static PersonalIdNumber of(String value) {
        return new PersonalIdNumber(value);
    }

    /** The year of birth the number encodes: 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, … */
    public int birthYear() {
        int centuryDigit = value.charAt(3) - '0';
        return 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(value.substring(4, 6));
    }

    public Sex sex() {
        return (value.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /** Whether the number agrees with a stated year of birth and sex (either may be unknown). */
    public boolean isConsistentWith(Integer statedBirthYear, Sex statedSex) {
        return (statedBirthYear == null || statedBirthYear == birthYear()) && (statedSex == null || statedSex == sex());
    }

    /** Only the last three digits, for screens that need to tell two people apart: "*********123". */
    public String masked() {
        return "*".repeat(9) + value.substring(9);
    }

    @Override
    public String toString() {
        return masked();
    }
}
