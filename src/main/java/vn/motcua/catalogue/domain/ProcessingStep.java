package vn.motcua.catalogue.domain;

import java.math.BigDecimal;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * One internal step of a procedure, as published in the office's internal process: who does it (a role
 * or a unit) and the working hours allotted.
 */
public record ProcessingStep(String title, String performer, BigDecimal hours) {

    public ProcessingStep {
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("step.title", "A step needs a title");
        }
        if (performer == null || performer.isBlank()) {
            throw new InvalidValueException("step.performer", "Say who performs the step");
        }
        if (hours == null || hours.signum() <= 0) {
            throw new InvalidValueException("step.hours", "A step is allotted a positive number of working hours");
        }
        title = title.strip();
        performer = performer.strip();
    }
}
