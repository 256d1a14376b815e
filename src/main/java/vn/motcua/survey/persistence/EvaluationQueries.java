package vn.motcua.survey.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.survey.SurveyResults.Comment;
import vn.motcua.survey.SurveyResults.Grouping;
import vn.motcua.survey.SurveyResults.Row;
import vn.motcua.survey.domain.Criterion;

/** Counts and comments of the {@code evaluation} table, for {@link vn.motcua.survey.SurveyResults}. */
@Repository
public class EvaluationQueries {

    private final JdbcClient jdbc;

    EvaluationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> rows(AgencyCode office, LocalDate from, LocalDate to, Grouping grouping) {
        String group = switch (grouping) {
            case OFFICE -> "office_code";
            case OFFICER -> "coalesce(officer, '')";
            case PROCEDURE -> "coalesce(procedure_code, '')";
        };
        return jdbc.sql("""
                select %s as grp, count(*), count(*) filter (where overall = 2), count(*) filter (where overall = 1),
                       count(*) filter (where overall = 0)
                from evaluation where office_code = ? and created_at >= ? and created_at < ?
                group by grp order by count(*) desc, grp
                """.formatted(group)).params(office.value(), start(from), start(to.plusDays(1)))
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
    }

    /** All evaluations of the offices in the period as one row (group "") . */
    public Row total(java.util.Collection<AgencyCode> offices, LocalDate from, LocalDate to) {
        if (offices.isEmpty()) {
            return new Row("", 0, 0, 0, 0);
        }
        return jdbc.sql("""
                select count(*), count(*) filter (where overall = 2), count(*) filter (where overall = 1),
                       count(*) filter (where overall = 0)
                from evaluation where office_code in (:offices) and created_at >= :from and created_at < :to
                """).param("offices", offices.stream().map(AgencyCode::value).toList()).param("from", start(from)).param("to", start(to.plusDays(1)))
                .query((rs, n) -> new Row("", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /**
     * The comments of the period, newest first: of one overall level (0 to 2) when given, containing a text when
     * given (case-insensitive), at most {@code limit}.
     */
    public List<Comment> comments(AgencyCode office, LocalDate from, LocalDate to, Integer overall, String containing, int limit) {
        return jdbc.sql("""
                select created_at, kind, dossier_code, procedure_code, officer, overall, comment from evaluation
                where office_code = :office and created_at >= :from and created_at < :to and comment is not null
                  and (cast(:overall as smallint) is null or overall = :overall)
                  and (cast(:text as text) is null or comment ilike '%' || :text || '%')
                order by created_at desc limit :limit
                """).param("office", office.value()).param("from", start(from)).param("to", start(to.plusDays(1)))
                .param("overall", overall).param("text", containing == null || containing.isBlank() ? null
                        : containing.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("limit", limit)
                .query((rs, n) -> new Comment(LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), WorkingCalendars.ZONE),
                        rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7)))
                .list();
    }

    /** The overall satisfaction (2, 1, 0) given for each of the dossiers named. */
    public java.util.Map<String, Integer> overallOf(java.util.Collection<String> dossierCodes) {
        var overall = new java.util.HashMap<String, Integer>();
        if (dossierCodes.isEmpty()) {
            return overall;
        }
        jdbc.sql("select dossier_code, overall from evaluation where dossier_code in (:codes)").param("codes", dossierCodes)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)}).list()
                .forEach(row -> overall.put((String) row[0], (Integer) row[1]));
        return overall;
    }

    /** The score (2, 1, 0) the citizen gave for the agencies contacted (index 4), by dossier, in the period. */
    public java.util.Map<String, Integer> agenciesAnswers(AgencyCode office, LocalDate from, LocalDate to) {
        var answers = new java.util.HashMap<String, Integer>();
        jdbc.sql("""
                select dossier_code, answers ->> 'AGENCIES' from evaluation
                where office_code = ? and dossier_code is not null and answers ->> 'AGENCIES' is not null and created_at >= ? and created_at < ?
                """).params(office.value(), start(from.minusDays(400)), start(to.plusDays(60)))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                .forEach(row -> Criterion.AGENCIES.score(row[1])
                        .ifPresent(score -> answers.put(row[0], score)));
        return answers;
    }

    /** The start of the day in Vietnam: evaluations are stamped as instants, periods are Vietnamese days. */
    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(WorkingCalendars.ZONE).toInstant());
    }
}
