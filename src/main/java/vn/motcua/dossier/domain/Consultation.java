package vn.motcua.dossier.domain;

import java.time.LocalDateTime;

import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.organization.domain.AgencyCode;

/**
 * A request to another agency for its opinion: horizontal (another unit of the same body) or vertical (a
 * higher level), with its own deadline.
 *
 * @param agencyCode the consulted agency's code when it works in MotCua: its staff then see the dossier and
 *        answer themselves; {@code null} for an agency outside, whose answer the specialist records
 */
public record Consultation(int number, String agency, String agencyCode, Direction direction, String question,
        LocalDateTime askedAt, LocalDateTime dueAt, LocalDateTime answeredAt, String answer) {

    public enum Direction { HORIZONTAL, VERTICAL }

    /** Whether the agency overran its deadline: answered after it (as {@link Timeliness#done} judges), or never answered. */
    public boolean overran() {
        return dueAt != null && (answeredAt == null || Timeliness.done(answeredAt, dueAt) == TimelinessClass.LATE);
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    /** Whether the office is the consulted agency itself. */
    public boolean isAddressedTo(AgencyCode office) {
        return office.value().equals(agencyCode);
    }

    Consultation answered(LocalDateTime at, String text) {
        return new Consultation(number, agency, agencyCode, direction, question, askedAt, dueAt, at, text);
    }
}
