package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The chance that an open dossier finishes late, from how such dossiers went before: where it is now (a stage of its
 * control sheet, or a consultation of an agency — overdue once past its own deadline), how long it has been there,
 * and the working time left to its due date; against the history's "working minutes from entering that place to
 * finishing" of the same procedure (of every procedure when it has too few). Among the past dossiers that stayed there
 * at least as long, the share whose remainder exceeded the time left is the chance; a place held longer than any
 * before is a chance of 1.
 */
public final class LateRisk {

    /** Fewer samples of a procedure than this: the office's samples of every procedure are used. */
    public static final int MIN_SAMPLES = 20;

    private LateRisk() {
    }

    /** Where a dossier is at an instant, since when. */
    public record Place(String kind, LocalDateTime since) {
    }

    /**
     * Where the dossier is at {@code t}: an open consultation (overdue from its own deadline) or the last stage of its
     * control sheet reached by then; empty when it is finished or not yet received by then.
     */
    public static Optional<Place> at(DossierData d, LocalDateTime t) {
        if (t.isBefore(d.receivedAt()) || (d.finishedAt() != null && !d.finishedAt().isAfter(t))) {
            return Optional.empty();
        }
        for (Consultation c : d.consultations()) {
            if (!c.askedAt().isAfter(t) && (c.answeredAt() == null || c.answeredAt().isAfter(t))) {
                return Optional.of(c.dueAt() != null && t.isAfter(c.dueAt())
                        ? new Place("CONSULT_OVERDUE " + c.agency(), c.dueAt()) : new Place("CONSULT " + c.agency(), c.askedAt()));
            }
        }
        Handover last = null;
        for (Handover h : d.controlSheet()) {
            if (h.at() != null && !h.at().isAfter(t)) {
                last = h;
            }
        }
        return Optional.of(last == null ? new Place("RECEIVED", d.receivedAt())
                : new Place("STAGE " + last.step().kind() + (last.step().title() == null ? "" : " " + last.step().title()), last.at()));
    }

    /** Every place a finished dossier went through, with when it entered it (its samples). */
    public static List<Place> places(DossierData d) {
        var places = new ArrayList<Place>();
        places.add(new Place("RECEIVED", d.receivedAt()));
        for (Handover h : d.controlSheet()) {
            if (h.at() != null) {
                places.add(new Place("STAGE " + h.step().kind() + (h.step().title() == null ? "" : " " + h.step().title()), h.at()));
            }
        }
        for (Consultation c : d.consultations()) {
            places.add(new Place("CONSULT " + c.agency(), c.askedAt()));
            if (c.dueAt() != null && (c.answeredAt() == null || c.answeredAt().isAfter(c.dueAt()))) {
                places.add(new Place("CONSULT_OVERDUE " + c.agency(), c.dueAt()));
            }
        }
        return places;
    }

    /** Sorted remainders (working minutes from entering a place to finishing) of one place. */
    public record Samples(long[] sorted) {

        public static Samples of(List<Long> remainders) {
            long[] sorted = remainders.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return new Samples(sorted);
        }

        /** How many are greater than {@code value}. */
        long above(long value) {
            int i = Arrays.binarySearch(sorted, value + 1);
            int from = i >= 0 ? firstOf(i) : -i - 1;
            return sorted.length - from;
        }

        private int firstOf(int i) {
            int j = i;
            while (j > 0 && sorted[j - 1] == sorted[i]) {
                j--;
            }
            return j;
        }

        public int size() {
            return sorted.length;
        }
    }

    /**
     * The chance of finishing late after {@code elapsed} working minutes at a place with {@code left} working minutes
     * to the due date; {@code own} is this dossier's own remainder among the samples (left out), or -1.
     */
    public static double chance(Samples samples, long elapsed, long left, long own) {
        long stayed = samples.above(elapsed - 1) - (own >= elapsed ? 1 : 0);
        if (stayed <= 0) {
            return 1.0;
        }
        long late = samples.above(elapsed + left) - (own > elapsed + left ? 1 : 0);
        return Math.max(0, late) / (double) stayed;
    }

    /** The samples of the procedure's place, or of the office's place when the procedure has too few. */
    public static Optional<Samples> samplesFor(Map<String, Samples> byProcedure, Map<String, Samples> byOffice, String procedure,
            String kind) {
        var own = byProcedure.get(procedure + "|" + kind);
        if (own != null && own.size() >= MIN_SAMPLES) {
            return Optional.of(own);
        }
        return Optional.ofNullable(byOffice.get(kind));
    }

    /** Working minutes between two instants by a calendar, zero when the second is not later. */
    public static long minutes(BiFunction<LocalDateTime, LocalDateTime, Long> calendar, LocalDateTime from, LocalDateTime to) {
        return to.isAfter(from) ? calendar.apply(from, to) : 0;
    }
}
