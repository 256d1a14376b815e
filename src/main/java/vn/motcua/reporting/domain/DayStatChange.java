package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.calendar.domain.TimelinessClass;

/**
 * What one dossier event adds to the daily counters: of its office (model 0) and of each service model that
 * applied to it, on the day the event counts for.
 */
public record DayStatChange(String office, LocalDate day, List<Long> models, DayCounts counts) {

    public static final long OFFICE = 0;

    /** A dossier received (accepted) at the instant; {@code assisted} when the officer filled its declaration. */
    public static DayStatChange received(String office, LocalDateTime at, List<Long> models, boolean assisted) {
        return new DayStatChange(office, at.toLocalDate(), models,
                new DayCounts(1, assisted ? 1 : 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** A dossier finished (result ready, or refused after review) and judged; counted on the day it finished. */
    public static DayStatChange finished(String office, LocalDateTime receivedAt, LocalDateTime at, List<Long> models,
            TimelinessClass verdict) {
        boolean sameDay = at.toLocalDate().equals(receivedAt.toLocalDate());
        return new DayStatChange(office, at.toLocalDate(), models, new DayCounts(0, 0, 1,
                verdict == TimelinessClass.EARLY ? 1 : 0, verdict == TimelinessClass.ON_TIME ? 1 : 0,
                verdict == TimelinessClass.LATE ? 1 : 0, sameDay ? 1 : 0, 0, 0));
    }

    /** A result returned to the citizen; counted on the day it was returned. */
    public static DayStatChange returned(String office, LocalDateTime receivedAt, LocalDateTime at, List<Long> models) {
        boolean sameDay = at.toLocalDate().equals(receivedAt.toLocalDate());
        return new DayStatChange(office, at.toLocalDate(), models, new DayCounts(0, 0, 0, 0, 0, 0, 0, 1, sameDay ? 1 : 0));
    }
}
