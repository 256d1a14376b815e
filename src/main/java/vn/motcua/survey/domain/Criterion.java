package vn.motcua.survey.domain;

import java.util.List;

/**
 * The questions a citizen can answer (metrics.md §3, Circular 01/2018), each with its options from best to
 * worst; the score of an option is 2, 1, 0 (or 2, 0 for a yes/no question). {@code index} is the Circular's
 * index the answer informs, 0 when none.
 */
public enum Criterion {
    RETURN_TIME(1, List.of("EARLIER", "ON_TIME", "LATER")),
    AGENCIES(4, List.of("DESK_ONLY", "ONE_MORE", "SEVERAL")),
    CONTACTS(3, List.of("NONE", "ONCE", "SEVERAL")),
    INFORMATION(6, List.of("ACCURATE", "INCOMPLETE", "WRONG")),
    ATTITUDE(7, List.of("GOOD", "FAIR", "POOR")),
    UNOFFICIAL_COST(0, List.of("NO", "YES")),
    LAWFUL_RESULT(0, List.of("YES", "NO")),
    OVERALL(0, List.of("SATISFIED", "NEUTRAL", "UNSATISFIED"));

    private final int index;
    private final List<String> options;

    Criterion(int index, List<String> options) {
        this.index = index;
        this.options = options;
    }

    public int index() {
        return index;
    }

    public List<String> options() {
        return options;
    }

    /** The score of an option: 2 for the best, 0 for the worst, 1 between; empty for an unknown option. */
    public java.util.OptionalInt score(String option) {
        int position = options.indexOf(option);
        if (position < 0) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(options.size() == 2 ? (position == 0 ? 2 : 0) : 2 - position);
    }
}
