package vn.motcua.portal.domain;

import java.time.LocalDateTime;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A citizen's feedback or recommendation to an office (phản ánh, kiến nghị): what it says, an optional dossier it
 * is about and optional contact details (seen by staff only), the deadline for the answer and the answer.
 *
 * @param verified for feedback about an officer's conduct, whether the office found it justified (it then costs
 *        the officer's index 7 of Circular 01/2018)
 */
public record Feedback(Long id, String code, String office, Kind kind, String subject, String content, String dossierCode,
        Contact contact, LocalDateTime receivedAt, LocalDateTime dueAt, String answer, LocalDateTime answeredAt,
        String answeredBy, boolean verified, long version) {

    public enum Kind { FEEDBACK, RECOMMENDATION }

    /** How to reach the sender; every part optional. */
    public record Contact(String name, String phone, String email) {
        public Contact {
            name = blankToNull(name, 120, "feedback.contactName");
            phone = blankToNull(phone, 20, "feedback.contactPhone");
            if (phone != null && !phone.matches("[0-9 +.()-]{8,20}")) {
                throw new InvalidValueException("feedback.contactPhone", "A phone number of 8 to 20 digits");
            }
            email = blankToNull(email, 200, "feedback.contactEmail");
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new InvalidValueException("feedback.contactEmail", "An e-mail address like ten@vi-du.vn");
            }
        }
    }

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_CONTENT = 5000;

    public Feedback {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(kind, "kind");
        subject = required(subject, MAX_SUBJECT, "feedback.subject");
        content = required(content, MAX_CONTENT, "feedback.content");
        dossierCode = dossierCode == null || dossierCode.isBlank() ? null : dossierCode.strip().toUpperCase(java.util.Locale.ROOT);
        contact = contact == null ? new Contact(null, null, null) : contact;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Whether the answer came by the deadline (empty while unanswered). */
    public java.util.Optional<Boolean> answeredOnTime() {
        return answeredAt == null ? java.util.Optional.empty() : java.util.Optional.of(!answeredAt.isAfter(dueAt));
    }

    public Feedback answered(String text, LocalDateTime at, String by, boolean justified) {
        if (isAnswered()) {
            throw new InvalidValueException("feedback.answered", "This feedback is already answered");
        }
        return new Feedback(id, code, office, kind, subject, content, dossierCode, contact, receivedAt, dueAt,
                required(text, MAX_CONTENT, "feedback.answer"), at, by, justified, version);
    }

    private static String required(String value, int max, String code) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(code, "Required");
        }
        if (value.strip().length() > max) {
            throw new InvalidValueException(code + ".tooLong", "At most " + max + " characters");
        }
        return value.strip();
    }

    private static String blankToNull(String value, int max, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InvalidValueException(code + ".tooLong", "At most " + max + " characters");
        }
        return value.strip();
    }
}
