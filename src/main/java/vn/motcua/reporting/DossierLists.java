package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Measure;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.calendar.domain.TimelinessClass;
import vn.motcua.dossier.DossierSettings;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.reporting.persistence.FactPages;

/**
 * The dossiers behind a number: of a measure in a period, under a key of a dimension, one page at a time, from the
 * facts and their indexes (never the dossiers' own tables).
 */
@Service
@Transactional(readOnly = true)
public class DossierLists {

    public static final int PAGE = 50;
    public static final int MAX_PAGES = 400;

    /** One dossier of a list: what a leader needs to tell it and open it. */
    public record Row(String code, String office, String procedureName, String field, String channel, String receivedBy,
            String handledBy, LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime closedAt, String closing,
            String timeliness, String lateCause) {
    }

    /** What a list shows; {@code key} is ignored for {@link Dimension#ALL}. */
    public record Query(Collection<AgencyCode> offices, Measure measure, LocalDate from, LocalDate to, Dimension dimension,
            String key, int page) {
    }

    private final FactPages pages;
    private final PeriodReports reports;
    private final WorkingCalendars calendars;
    private final DossierSettings settings;

    DossierLists(FactPages pages, PeriodReports reports, WorkingCalendars calendars,
            DossierSettings settings) {
        this.pages = pages;
        this.reports = reports;
        this.calendars = calendars;
        this.settings = settings;
    }

    public List<Row> list(Query q) {
        if (q.offices().isEmpty()) {
            return List.of();
        }
        LocalDateTime end = q.to().plusDays(1).atStartOfDay();
        LocalDateTime at = end.isBefore(reports.now()) ? end : reports.now();
        List<Row> rows = pages.page(q, at);
        return q.measure() == Measure.DUE_SOON ? rows.stream().filter(r -> dueSoon(r, at)).toList() : rows;
    }

    private boolean dueSoon(Row r, LocalDateTime now) {
        var calendar = calendars.of(AgencyCode.of(r.office()));
        return calendar.isPresent() && Timeliness.judge(new Timeliness.Facts(
                r.dueAt(), null, null, false), now, calendar.get(), settings.dueSoon().toMinutes()).timeliness()
                == TimelinessClass.DUE_SOON;
    }
}
