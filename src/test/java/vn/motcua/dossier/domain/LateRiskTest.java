package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chance of finishing late from the history of a place, rule by rule. */
class LateRiskTest {

    /** Ten past dossiers: from entering the place they took 100, 200, … 1,000 working minutes to finish. */
    static final LateRisk.Samples TEN = LateRisk.Samples.of(List.of(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L, 1000L));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "just entered, time left for most                        | 0    | 750  | -1  | 0.3",
            "just entered, little time left                          | 0    | 150  | -1  | 0.9",
            "there 450 min: of the 6 that stayed, 3 needed > 300 more | 450  | 300  | -1  | 0.5",
            "longer than any before: surely late                      | 1001 | 5000 | -1  | 1.0",
            "no time left: every one that stayed finishes later       | 450  | 0    | -1  | 1.0",
            "its own sample is left out                               | 0    | 750  | 900 | 0.222"})
    void the_chance_is_the_share_of_those_that_stayed_as_long_and_needed_more_than_the_time_left(String rule, long elapsed,
            long left, long own, double chance) {
        assertThat(LateRisk.chance(TEN, elapsed, left, own)).isCloseTo(chance, org.assertj.core.data.Offset.offset(0.001));
    }
}
