package vn.motcua.dossier.domain;

import java.time.LocalDateTime;

/**
 * A request to another agency for its opinion: horizontal (another unit of the same body) or vertical (a
 * higher level), with its own deadline.
 */
public record Consultation(int number, String agency, Direction direction, String question, LocalDateTime askedAt,
        LocalDateTime dueAt, LocalDateTime answeredAt, String answer) {

    public enum Direction { HORIZONTAL, VERTICAL }

    public boolean isOpen() {
        return answeredAt == null;
    }

    Consultation answered(LocalDateTime at, String text) {
        return new Consultation(number, agency, direction, question, askedAt, dueAt, at, text);
    }
}
