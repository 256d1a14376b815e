package vn.motcua.survey.domain;

import java.util.EnumMap;
import java.util.Map;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A citizen's answers: the overall satisfaction is required, every other question is optional; a comment of at
 * most 1,000 characters.
 */
public record Answers(Map<Criterion, String> chosen, String comment) {

    public static final int MAX_COMMENT = 1000;

    public Answers {
        var copy = new EnumMap<Criterion, String>(Criterion.class);
        if (chosen != null) {
            chosen.forEach((criterion, option) -> {
                if (option != null && !option.isBlank()) {
                    if (criterion.score(option.strip()).isEmpty()) {
                        throw new InvalidValueException("survey.option", "No option " + option + " for " + criterion);
                    }
                    copy.put(criterion, option.strip());
                }
            });
        }
        if (!copy.containsKey(Criterion.OVERALL)) {
            throw new InvalidValueException("survey.overall", "Say how satisfied you are overall");
        }
        chosen = Map.copyOf(copy);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidValueException("survey.comment.tooLong", "At most 1000 characters");
        }
    }

    public int score(Criterion criterion) {
        String option = chosen.get(criterion);
        return option == null ? -1 : criterion.score(option).orElse(-1);
    }
}
