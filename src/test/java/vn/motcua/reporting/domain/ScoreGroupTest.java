package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.reporting.domain.ScoreGroup.Group;

/** How a scorecard group turns its figures into points. */
class ScoreGroupTest {

    @ParameterizedTest(name = "{0}: {1}/{2} of {3} points → {4}")
    @CsvSource(delimiter = '|', value = {
            "payment paid online, in proportion         | 3  | 10  | 10 | 3.0",
            "payment, none paid online                  | 0  | 7   | 10 | 0.0",
            "digitisation below 80 %, in proportion      | 40 | 100 | 22 | 11.0",
            "digitisation at 80 %, full                  | 80 | 100 | 22 | 22.0",
            "digitisation above 80 %, no more than full  | 99 | 100 | 22 | 22.0"})
    void a_group_scores_its_share(String rule, long part, long whole, int points, String score) {
        var group = rule.startsWith("payment") ? ScoreGroup.share(Group.PAYMENT, points, part, whole)
                : ScoreGroup.fullFrom(Group.DIGITISATION, points, part, whole, 80);
        assertThat(group.score()).contains(new BigDecimal(score));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"nothing received in the period | 0 | 0"})
    void a_group_without_figures_has_no_score(String rule, long part, long whole) {
        assertThat(ScoreGroup.fullFrom(Group.DIGITISATION, 22, part, whole, 80).score()).isEmpty();
        assertThat(ScoreGroup.share(Group.PAYMENT, 10, part, whole).score()).isEmpty();
    }
}
