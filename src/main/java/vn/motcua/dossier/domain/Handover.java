package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One row of the control sheet (form 06): the stage handed over, by whom (a username), to whom, when, the deadline
 * of the stage and how it went against it.
 */
public record Handover(Stage step, String from, Holder to, LocalDateTime at, LocalDateTime stepDueAt,
        StepTimeliness timeliness, String note) {

    public Handover {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(to, "to");
    }
}
