package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Officer;
import vn.motcua.dossier.domain.WorkListSearch;
import vn.motcua.dossier.persistence.WorkListRows;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;

/**
 * The officers' work lists: the dossiers of their office (received, decided or consulted there), searched by code,
 * by a citizen's number or name, filtered by procedure, field and due time, counted by tab and paged.
 */
@Service
public class WorkLists {

    /**
     * Closed dossiers are counted up to here, as many as the pages can show: an office's history is long, and its
     * exact size is the dashboards' business.
     */
    public static final long COUNT_CAP = (long) WorkListQuery.MAX_PAGE * WorkListQuery.PAGE_SIZE;

    /** The counts the home page opens lists with. */
    public record Summary(long waiting, long awaitingApproval, long overdue, long dueSoon, long supplementsPending) {
    }

    private final WorkListRows rows;
    private final WorkingCalendars calendars;
    private final DossierSettings settings;
    private final Clock clock;

    WorkLists(WorkListRows rows, WorkingCalendars calendars, DossierSettings settings, Clock clock) {
        this.rows = rows;
        this.calendars = calendars;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional // on the primary: an officer sees at once the dossier just accepted (never a replica)
    public WorkListPage list(OfficeMember member, WorkListQuery query) {
        rows.planForValues();
        Officer officer = Officers.of(member);
        OfficeCalendar calendar = calendar(officer.office());
        LocalDateTime now = now();
        WorkListRows.Filter filter = filter(officer.office(), query, query.tab().statuses(officer), now, calendar);
        Map<WorkListTab, WorkListPage.Count> counts = counts(officer, filter, query.due() == WorkListQuery.Due.ANY);
        long total = counts.get(query.tab()).value();
        int pages = (int) Math.max(1, Math.min(WorkListQuery.MAX_PAGE, (total + WorkListQuery.PAGE_SIZE - 1) / WorkListQuery.PAGE_SIZE));
        var page = rows.page(filter, (query.page() - 1) * WorkListQuery.PAGE_SIZE, WorkListQuery.PAGE_SIZE).stream()
                .map(d -> row(d, officer.office(), now, calendar)).toList();
        return new WorkListPage(query, page, counts, pages);
    }

    /** What the home page shows the member: their waiting list, and the office's figures a leader acts on. */
    @Transactional // on the primary: an officer sees at once the dossier just accepted (never a replica)
    public Summary summary(OfficeMember member) {
        rows.planForValues();
        Officer officer = Officers.of(member);
        OfficeCalendar calendar = calendar(officer.office());
        LocalDateTime now = now();
        WorkListQuery mine = WorkListQuery.mine();
        Map<DossierStatus, Long> byStatus = rows.countByStatus(filter(officer.office(), mine, WorkListTab.OPEN, now, calendar));
        long waiting = WorkListTab.waitingFor(officer).stream().mapToLong(s -> byStatus.getOrDefault(s, 0L)).sum();
        long overdue = open(rows.countByStatus(filter(officer.office(), due(mine, WorkListQuery.Due.OVERDUE), WorkListTab.OPEN, now, calendar)));
        long soon = open(rows.countByStatus(filter(officer.office(), due(mine, WorkListQuery.Due.DUE_SOON), WorkListTab.OPEN, now, calendar)));
        return new Summary(waiting, byStatus.getOrDefault(DossierStatus.AWAITING_APPROVAL, 0L), overdue, soon,
                byStatus.getOrDefault(DossierStatus.SUPPLEMENT_REQUESTED, 0L));
    }

    /** Closed dossiers are never overdue nor due soon, so with a due filter they are not counted. */
    private Map<WorkListTab, WorkListPage.Count> counts(Officer officer, WorkListRows.Filter filter, boolean closedToo) {
        Map<DossierStatus, Long> open = rows.countByStatus(filter.withStatuses(WorkListTab.OPEN));
        long closed = closedToo ? rows.countUpTo(filter.withStatuses(WorkListTab.FINAL), COUNT_CAP) : 0;
        Map<WorkListTab, WorkListPage.Count> counts = new EnumMap<>(WorkListTab.class);
        for (WorkListTab tab : WorkListTab.values()) {
            Set<DossierStatus> statuses = tab.statuses(officer);
            long openCount = statuses.stream().mapToLong(s -> open.getOrDefault(s, 0L)).sum();
            boolean withClosed = statuses.stream().anyMatch(DossierStatus::isFinal);
            counts.put(tab, new WorkListPage.Count(openCount, false)
                    .plus(withClosed ? new WorkListPage.Count(closed, closed >= COUNT_CAP) : new WorkListPage.Count(0, false)));
        }
        return counts;
    }

    private WorkListRows.Filter filter(AgencyCode office, WorkListQuery query, Set<DossierStatus> statuses,
            LocalDateTime now, OfficeCalendar calendar) {
        WorkListSearch search = query.search();
        Set<DossierStatus> listed = statuses;
        if (query.due() != WorkListQuery.Due.ANY) {
            // only an open dossier can be overdue or due soon
            listed = EnumSet.copyOf(WorkListTab.OPEN);
            listed.retainAll(statuses);
        }
        return new WorkListRows.Filter(office, listed,
                search.kind() == WorkListSearch.Kind.CODE ? search.value() : null,
                search.kind() == WorkListSearch.Kind.NUMBER ? search.value() : null,
                search.kind() == WorkListSearch.Kind.NAME ? search.nameQuery() : null,
                query.procedure(), query.field(),
                query.due() == WorkListQuery.Due.OVERDUE ? now : null,
                query.due() == WorkListQuery.Due.DUE_SOON ? now : null,
                query.due() == WorkListQuery.Due.DUE_SOON
                        ? Deadlines.dueSoonBefore(calendar, now, settings.dueSoon().toMinutes()) : null,
                query.tab().newestFirst());
    }

    private WorkListPage.Row row(DossierData d, AgencyCode office, LocalDateTime now, OfficeCalendar calendar) {
        var verdict = Timeliness.judge(new Timeliness.Facts(d.clock().dueAt(), d.clock().rescheduledDueAt(),
                d.finishedAt(), false), now, calendar, settings.dueSoon().toMinutes());
        // an office only consulted on the dossier needs the matter, not the person
        boolean masked = !d.office().equals(office) && !d.competentOffice().equals(office);
        return new WorkListPage.Row(d, verdict, masked ? d.applicant().maskedName() : d.applicant().name(), masked);
    }

    private static WorkListQuery due(WorkListQuery query, WorkListQuery.Due due) {
        return new WorkListQuery(query.search(), query.tab(), query.procedure(), query.field(), due, 1);
    }

    private static long open(Map<DossierStatus, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private OfficeCalendar calendar(AgencyCode office) {
        return calendars.of(office).orElseThrow(() -> new IllegalStateException("No calendar for " + office));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE));
    }
}
