package vn.motcua.reporting.persistence;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.reporting.DossierLists;
import vn.motcua.reporting.DossierLists.Query;
import vn.motcua.reporting.DossierLists.Row;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Measure;

/** One page of the dossiers behind a number, from the facts and their indexes (never the dossiers' own tables). */
@Repository
public class FactPages {

    private final JdbcClient jdbc;

    FactPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The page of the query; {@code at} is the instant open and overdue dossiers are counted at. */
    public List<Row> page(Query q, LocalDateTime at) {
        LocalDateTime start = q.from().atStartOfDay();
        LocalDateTime end = q.to().plusDays(1).atStartOfDay();
        String closedIn = "closed_at >= :start and closed_at < :end";
        String where = switch (q.measure()) {
            case RECEIVED -> "received_at >= :start and received_at < :end";
            case FINISHED -> closedIn + " and closing in ('RESULT', 'REFUSED')";
            case EARLY, ON_TIME, LATE -> closedIn + " and timeliness = '" + q.measure().name() + "'";
            case REFUSED, STOPPED -> closedIn + " and closing = '" + q.measure().name() + "'";
            case CARRIED_OVER -> "tsrange(received_at, closed_at) @> cast(:start as timestamp)";
            case IN_PROGRESS -> "tsrange(received_at, closed_at) @> cast(:at as timestamp)";
            case OVERDUE -> "report_overdue_span(due_at, closed_at) @> cast(:at as timestamp)";
            // a superset in calendar days, then the one timeliness function decides (below)
            case DUE_SOON -> "closed_at is null and due_at >= :at and due_at < cast(:at as timestamp) + interval '7 days'";
        };
        String order = q.measure().byHandler() ? "closed_at desc" : q.measure() == Measure.DUE_SOON || q.measure() == Measure.OVERDUE
                ? "due_at" : "received_at desc";
        String select = "select * from report_dossier where " + FactQueries.officeFilter(q.offices()) + " and " + where + key(q);
        // the dossiers open at an instant are few: find them all through the time-range index, then sort them
        boolean atInstant = switch (q.measure()) {
            case CARRIED_OVER, IN_PROGRESS, OVERDUE, DUE_SOON -> true;
            default -> false;
        };
        var spec = jdbc.sql((atInstant ? "with found as materialized (" + select + ") select * from found" : select)
                        + " order by " + order + ", code limit :limit offset :offset")
                .param("offices", FactQueries.officeParam(q.offices())).param("limit", DossierLists.PAGE).param("offset", Math.min(Math.max(q.page(), 0), DossierLists.MAX_PAGES) * DossierLists.PAGE);
        for (var p : List.of("start", "end", "at")) {
            if (where.contains(":" + p)) {
                spec = spec.param(p, Timestamp.valueOf(p.equals("start") ? start : p.equals("end") ? end : at));
            }
        }
        if (q.dimension() != Dimension.ALL) {
            spec = spec.param("key", q.dimension() == Dimension.MODEL ? Long.parseLong(q.key()) : q.key());
        }
        List<Row> rows = spec.query((rs, n) -> new Row(rs.getString("code"), rs.getString("office_code"), rs.getString("procedure_name"),
                rs.getString("field"), rs.getString("channel"), rs.getString("received_by"), rs.getString("handled_by"),
                time(rs.getTimestamp("received_at")), time(rs.getTimestamp("due_at")), time(rs.getTimestamp("closed_at")),
                rs.getString("closing"), rs.getString("timeliness"), rs.getString("late_cause"))).list();
        return rows;
    }

    private static String key(Query q) {
        return switch (q.dimension()) {
            case ALL -> "";
            case FIELD -> " and field = :key";
            case PROCEDURE -> " and procedure_code = :key";
            case OFFICER -> q.measure().byHandler() ? " and handled_by = :key" : " and received_by = :key";
            case CHANNEL -> " and channel = :key";
            case MODEL -> " and models @> array[cast(:key as bigint)]";
        };
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
