package vn.motcua.dossier.domain;

import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.calendar.domain.TimelinessClass;

/** How a step of the control sheet (form 06) went against the hours allotted to it, as {@link Timeliness#done} judges it. */
public enum StepTimeliness {
    EARLY, ON_TIME, LATE;

    /** The step handed on at {@code at} against its deadline (none: on time). */
    public static StepTimeliness of(java.time.LocalDateTime at, java.time.LocalDateTime due) {
        TimelinessClass judged = Timeliness.done(at, due);
        return judged == TimelinessClass.LATE ? LATE : judged == TimelinessClass.EARLY ? EARLY : ON_TIME;
    }
}
