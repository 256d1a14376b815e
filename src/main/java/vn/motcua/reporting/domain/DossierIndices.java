package vn.motcua.reporting.domain;

import java.util.List;

import vn.motcua.calendar.domain.TimelinessClass;

/**
 * The per-dossier indices of Circular 01/2018 Art. 12–15 (metrics.md §3), each 2, 1 or 0:
 * 1 total time against the legal time; 2 each step against its allotted hours; 3 how often the citizen had to come
 * back (supplement requests); 4 the agencies the citizen contacted (the citizen's answer; -1 when not given);
 * 7 attitude: early and no justified complaint 2, on time and none 1, otherwise 0.
 */
public record DossierIndices(int index1, int index2, int index3, int index4, int index7) {

    /** Index 1: shorter than the legal time 2, equal 1, longer 0. */
    public static int totalTime(TimelinessClass verdict) {
        return verdict == TimelinessClass.EARLY ? 2 : verdict == TimelinessClass.ON_TIME ? 1 : 0;
    }

    /** How long a step took against its allotted time. */
    public enum StepUse {
        SHORTER, EQUAL, LONGER;

        public static StepUse of(java.time.LocalDateTime handedOverAt, java.time.LocalDateTime dueAt) {
            int order = handedOverAt.compareTo(dueAt);
            return order < 0 ? SHORTER : order == 0 ? EQUAL : LONGER;
        }
    }

    /** Index 2: every step shorter than allotted 2, none longer 1, any longer 0 (no timed step counts as equal). */
    public static int steps(List<StepUse> steps) {
        if (steps.contains(StepUse.LONGER)) {
            return 0;
        }
        return !steps.isEmpty() && steps.stream().allMatch(s -> s == StepUse.SHORTER) ? 2 : 1;
    }

    /** Index 3: no supplement request 2, one 1, more 0. */
    public static int contacts(long supplementRequests) {
        return supplementRequests == 0 ? 2 : supplementRequests == 1 ? 1 : 0;
    }

    /** Index 7 from the timeliness and whether a complaint about the dossier was found justified. */
    public static int attitude(TimelinessClass verdict, boolean justifiedComplaint) {
        if (justifiedComplaint) {
            return 0;
        }
        return verdict == TimelinessClass.EARLY ? 2 : verdict == TimelinessClass.ON_TIME ? 1 : 0;
    }

    /** The sum of the indices known (index 4 only when the citizen answered). */
    public int total() {
        return index1 + index2 + index3 + Math.max(index4, 0) + index7;
    }

    /** How an officer's average total reads: at least 5 fully completed, 3.5 to 5 at 70–100 %, below that under 70 %. */
    public static String officerBand(double average) {
        return average >= 5 ? "COMPLETED" : average >= 3.5 ? "PARTLY" : "BELOW";
    }

    /** A unit's grade from its score out of 18: ≥ 15 excellent, 12–15 good, 9–12 fair, 6–9 average, < 6 weak. */
    public static String unitGrade(double score) {
        return score >= 15 ? "EXCELLENT" : score >= 12 ? "GOOD" : score >= 9 ? "FAIR" : score >= 6 ? "AVERAGE" : "WEAK";
    }
}
