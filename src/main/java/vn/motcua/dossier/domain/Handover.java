package vn.motcua.dossier.domain;

import java.time.LocalDateTime;

/**
 * One row of the control sheet (form 06): the step handed over, by whom, to whom, when, the deadline of
 * the step and how it went against it.
 */
public record Handover(String step, String from, String to, LocalDateTime at, LocalDateTime stepDueAt,
        StepTimeliness timeliness, String note) {
}
