package vn.motcua.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.survey.persistence.EvaluationQueries;

/**
 * What citizens said of an office in a period: counts by overall satisfaction, grouped by officer, procedure or
 * kind of survey; and their comments, filtered. Reads only the office's own evaluations.
 */
@Service
public class SurveyResults {

    /** How results are grouped. */
    public enum Grouping { OFFICE, OFFICER, PROCEDURE }

    /** One group's counts; {@code satisfaction} = satisfied / all, in percent. */
    public record Row(String group, long count, long satisfied, long neutral, long unsatisfied) {
        public Optional<BigDecimal> satisfaction() {
            return count == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
        }
    }

    /** A comment with what it is about (no personal data of the citizen is kept). */
    public record Comment(java.time.LocalDateTime at, String kind, String dossierCode, String procedureCode, String officer,
            int overall, String text) {
    }

    private final EvaluationQueries queries;

    SurveyResults(EvaluationQueries queries) {
        this.queries = queries;
    }

    public List<Row> rows(AgencyCode office, LocalDate from, LocalDate to, Grouping grouping) {
        return queries.rows(office, from, to, grouping);
    }

    /** All evaluations of the offices in the period as one row (group ""). */
    public Row total(java.util.Collection<AgencyCode> offices, LocalDate from, LocalDate to) {
        return queries.total(offices, from, to);
    }

    /**
     * The comments of the period, newest first: of one overall level (0 to 2) when given, containing a text when
     * given (case-insensitive), at most {@code limit}.
     */
    public List<Comment> comments(AgencyCode office, LocalDate from, LocalDate to, Integer overall, String containing, int limit) {
        return queries.comments(office, from, to, overall, containing, limit);
    }

    /** The overall satisfaction (2, 1, 0) given for each of the dossiers named. */
    public java.util.Map<String, Integer> overallOf(java.util.Collection<String> dossierCodes) {
        return queries.overallOf(dossierCodes);
    }

    /** The score (2, 1, 0) the citizen gave for the agencies contacted (index 4), by dossier, in the period. */
    public java.util.Map<String, Integer> agenciesAnswers(AgencyCode office, LocalDate from, LocalDate to) {
        return queries.agenciesAnswers(office, from, to);
    }
}
