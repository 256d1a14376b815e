package vn.motcua.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Measure;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.dossier.DossierSettings;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The dossiers behind a number: of a measure in a period, under a key of a dimension, one page at a time, from the
 * facts and their indexes (never the dossiers' own tables).
 */
@Service
public class DossierLists {

    public static final int PAGE = 50;
    public static final int MAX_PAGES = 400;

    /** One dossier of a list: what a leader needs to tell it and open it. */
    public record Row(String code, String office, String procedureName, String field, String channel, String receivedBy,
            String handledBy, LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime closedAt, String closing,
            String timeliness, String lateCause) {
    }

    /** What a list shows; {@code key} is ignored for {@link Dimension#ALL}. */
    public record Query(Collection<String> offices, Measure measure, LocalDate from, LocalDate to, Dimension dimension,
            String key, int page) {
    }

    private final JdbcClient jdbc;
    private final PeriodReports reports;
    private final WorkingCalendars calendars;
    private final DossierSettings settings;

    DossierLists(JdbcClient jdbc, PeriodReports reports, WorkingCalendars calendars,
            DossierSettings settings) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.calendars = calendars;
        this.settings = settings;
    }

    public List<Row> list(Query q) {
        if (q.offices().isEmpty()) {
            return List.of();
        }
        LocalDateTime start = q.from().atStartOfDay();
        LocalDateTime end = q.to().plusDays(1).atStartOfDay();
        LocalDateTime at = end.isBefore(reports.now()) ? end : reports.now();
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
        String select = "select * from report_dossier where " + PeriodReports.officeFilter(q.offices()) + " and " + where + key(q);
        // the dossiers open at an instant are few: find them all through the time-range index, then sort them
        boolean atInstant = switch (q.measure()) {
            case CARRIED_OVER, IN_PROGRESS, OVERDUE, DUE_SOON -> true;
            default -> false;
        };
        var spec = jdbc.sql((atInstant ? "with found as materialized (" + select + ") select * from found" : select)
                        + " order by " + order + ", code limit :limit offset :offset")
                .param("offices", PeriodReports.officeParam(q.offices())).param("limit", PAGE).param("offset", Math.min(Math.max(q.page(), 0), MAX_PAGES) * PAGE);
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
        return q.measure() == Measure.DUE_SOON ? rows.stream().filter(r -> dueSoon(r, at)).toList() : rows;
    }

    private boolean dueSoon(Row r, LocalDateTime now) {
        var calendar = calendars.of(AgencyCode.of(r.office()));
        return calendar.isPresent() && Timeliness.judge(new Timeliness.Facts(
                r.dueAt(), null, null, false), now, calendar.get(), settings.dueSoon().toMinutes()).timeliness()
                == TimelinessClass.DUE_SOON;
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
