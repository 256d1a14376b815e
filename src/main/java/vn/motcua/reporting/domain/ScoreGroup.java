package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One group of a "766"-style scorecard (Decision 766/QĐ-TTg): its points, the share of them earned, and the
 * formula with the figures used, so that a leader sees how the score came about. A group without data in MotCua
 * has no score and says why.
 */
public record ScoreGroup(String name, int points, Optional<BigDecimal> score, String formula) {

    /** The group scored as {@code points × part / whole}, one decimal; unscored with no whole. */
    public static ScoreGroup share(String name, int points, long part, long whole, String what) {
        if (whole == 0) {
            return new ScoreGroup(name, points, Optional.empty(), what + ": chưa có số liệu trong kỳ");
        }
        BigDecimal score = BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new ScoreGroup(name, points, Optional.of(score), points + " × " + what + " " + part + "/" + whole);
    }

    public static ScoreGroup notMeasured(String name, int points, String why) {
        return new ScoreGroup(name, points, Optional.empty(), why);
    }
}
