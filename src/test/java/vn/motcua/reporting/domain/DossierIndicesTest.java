package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.calendar.domain.TimelinessClass;

/** The Circular 01/2018 scoring rules (metrics.md §3) as tables. */
class DossierIndicesTest {

    @ParameterizedTest(name = "finished {0}: index 1 = {1}, index 7 without complaint = {1}, with a justified one = 0")
    @CsvSource({"EARLY, 2", "ON_TIME, 1", "LATE, 0"})
    void total_time_and_attitude_follow_the_timeliness_and_a_justified_complaint_costs_everything(TimelinessClass verdict,
            int score) {
        assertThat(DossierIndices.totalTime(verdict)).isEqualTo(score);
        assertThat(DossierIndices.attitude(verdict, false)).isEqualTo(score);
        assertThat(DossierIndices.attitude(verdict, true)).isZero();
    }

    @ParameterizedTest(name = "steps {0}: index 2 = {1}")
    @CsvSource(delimiter = '|', value = {"SHORTER,SHORTER | 2", "SHORTER,EQUAL | 1", "EQUAL,LONGER | 0", "'' | 1"})
    void each_step_against_its_hours(String steps, int score) {
        var uses = steps.isBlank() ? List.<DossierIndices.StepUse>of()
                : java.util.Arrays.stream(steps.split(",")).map(DossierIndices.StepUse::valueOf).toList();
        assertThat(DossierIndices.steps(uses)).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0} supplement requests: index 3 = {1}")
    @CsvSource({"0, 2", "1, 1", "2, 0", "5, 0"})
    void contacts_to_complete_the_dossier(long supplements, int score) {
        assertThat(DossierIndices.contacts(supplements)).isEqualTo(score);
    }

    @ParameterizedTest(name = "officer average {0}: {1}")
    @CsvSource({"5.0, COMPLETED", "7.3, COMPLETED", "4.9, PARTLY", "3.5, PARTLY", "3.4, BELOW", "0, BELOW"})
    void an_officer_is_read_by_the_average_of_the_dossier_totals(double average, String band) {
        assertThat(DossierIndices.officerBand(average)).isEqualTo(band);
    }

    @ParameterizedTest(name = "unit score {0}: {1}")
    @CsvSource({"18, EXCELLENT", "15, EXCELLENT", "14.9, GOOD", "12, GOOD", "11.9, FAIR", "9, FAIR", "8.9, AVERAGE", "6, AVERAGE",
            "5.9, WEAK"})
    void a_unit_is_graded_from_its_score_out_of_eighteen(double score, String grade) {
        assertThat(DossierIndices.unitGrade(score)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "indices {0}/{1}/{2}/{3}/{4}: total {5}")
    @CsvSource({"2, 2, 2, 2, 2, 10", "1, 1, 2, -1, 1, 5", "0, 0, 0, 0, 0, 0"})
    void a_dossier_total_counts_index_4_only_when_the_citizen_answered(int i1, int i2, int i3, int i4, int i7, int total) {
        assertThat(new DossierIndices(i1, i2, i3, i4, i7).total()).isEqualTo(total);
    }
}
