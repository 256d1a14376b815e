package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One group of a "766"-style scorecard (Decision 766/QĐ-TTg): its points, the share of them earned, and the figures
 * used ({@code part} of {@code whole}), so that a leader sees how the score came about. A group without data in MotCua
 * has no score and says why. The groups' names, what they count and why one is not scored are the interface's words
 * (messages {@code score.<GROUP>.*}).
 */
public record ScoreGroup(Group group, int points, Optional<BigDecimal> score, long part, long whole, boolean measured) {

    /** The groups of the scorecard. */
    public enum Group { PUBLICITY, PROGRESS, ONLINE, PAYMENT, SATISFACTION, DIGITISATION }

    /** The group scored as {@code points × part / whole}, one decimal; unscored with no whole. */
    public static ScoreGroup share(Group group, int points, long part, long whole) {
        if (whole == 0) {
            return new ScoreGroup(group, points, Optional.empty(), part, whole, true);
        }
        BigDecimal score = BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new ScoreGroup(group, points, Optional.of(score), part, whole, true);
    }

    /**
     * The group scored in full from a share of {@code fullAtPercent} up, and in proportion below it ({@code points ×
     * share / fullAt}), one decimal: how the portal scores its digitisation indicators (full at 80 %).
     */
    public static ScoreGroup fullFrom(Group group, int points, long part, long whole, int fullAtPercent) {
        if (whole == 0) {
            return new ScoreGroup(group, points, Optional.empty(), part, whole, true);
        }
        BigDecimal score = BigDecimal.valueOf(points).multiply(BigDecimal.valueOf(part)).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole).multiply(BigDecimal.valueOf(fullAtPercent)), 1, RoundingMode.HALF_UP)
                .min(BigDecimal.valueOf(points).setScale(1));
        return new ScoreGroup(group, points, Optional.of(score), part, whole, true);
    }

    /** A group MotCua has no data for. */
    public static ScoreGroup notMeasured(Group group, int points) {
        return new ScoreGroup(group, points, Optional.empty(), 0, 0, false);
    }
}
