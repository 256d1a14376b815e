package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;

import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.DayCountConvention;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.WeeklyHours;
import vn.motcua.calendar.persistence.CalendarRulesRepository;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.database.SharedCaches;

/**
 * Each office's working calendar, inherited from the nearest ancestor that has its own, kept in
 * memory until a calendar is edited. Computing an appointment makes no database call.
 */
@Service
public class WorkingCalendars {

    /** Offices keep Vietnam's time; every instant the API answers is in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Offices offices;
    private final CalendarRulesRepository repository;
    private final Map<AgencyCode, OfficeCalendar> cache = new ConcurrentHashMap<>();
    private final org.springframework.beans.factory.ObjectProvider<ExtraSessionSource> sources;

    private final SharedCaches shared;

    WorkingCalendars(Offices offices, CalendarRulesRepository repository,
            org.springframework.beans.factory.ObjectProvider<ExtraSessionSource> sources, SharedCaches shared) {
        this.offices = offices;
        this.repository = repository;
        this.sources = sources;
        this.shared = shared;
        shared.register(CACHE, key -> cache.clear());
        // an agency re-parented inherits another calendar
        shared.register(Offices.NAMES, key -> cache.clear());
    }

    /** The name of the calendars in {@link SharedCaches}. */
    static final String CACHE = "calendar";

    /** The office's calendar, or empty when no such office is registered. */
    public Optional<OfficeCalendar> of(AgencyCode office) {
        OfficeCalendar cached = cache.get(office);
        if (cached != null) {
            return Optional.of(cached);
        }
        return offices.find(office).map(agency -> cache.computeIfAbsent(office, code -> load(agency)));
    }

    public Optional<Appointment> appointment(AgencyCode office, LocalDateTime receivedAt, ProcessingTime time) {
        return of(office).map(calendar -> Deadlines.appointment(calendar, receivedAt, time));
    }

    /** Forgets every cached calendar: an edit of a parent office changes its children too. */
    public void invalidate() {
        cache.clear();
    }

    /**
     * Forgets the cached calendars now and again when the editing transaction ends, so that a calendar
     * read by another request meanwhile is not kept with the old rules; every other instance forgets them when the
     * transaction commits ({@link SharedCaches}).
     */
    public void invalidateAround(Consumer<TransactionSynchronization> register) {
        shared.changed(CACHE, SharedCaches.EVERYTHING);
        register.accept(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
    }

    /**
     * The settings an administrator edits for the office: its own, or those of the nearest ancestor that
     * has its own calendar, or empty settings of standard hours when none has.
     */
    public Optional<CalendarSettings> settings(AgencyCode office) {
        return offices.find(office).map(agency -> lineage(agency).stream()
                .flatMap(code -> repository.ownSettings(office, code).stream()).findFirst()
                .orElseGet(() -> new CalendarSettings(office, Optional.empty(), 0, DayCountConvention.CIVIL_CODE,
                        WeeklyHours.standard(), List.of(), List.of(), List.of())));
    }

    /** The sessions other modules add to the office's calendar (its service models), with where each is managed. */
    public List<ExtraSessionSource.SourcedSession> sourcedSessions(AgencyCode office) {
        return sources.orderedStream().flatMap(source -> source.sourcedSessions(office).stream()).toList();
    }

    /** The office's calendar built from what the database holds now, not remembered (a preview of an edit). */
    OfficeCalendar build(AgencyCode office) {
        return load(offices.find(office).orElseThrow());
    }

    private OfficeCalendar load(Agency office) {
        CalendarRules rules = lineage(office).stream().flatMap(code -> repository.ownRules(code).stream())
                .findFirst().orElseGet(repository::standardRules);
        var extra = new ArrayList<>(rules.extraSessions());
        sources.orderedStream().forEach(source -> extra.addAll(source.extraSessions(office.code())));
        return new OfficeCalendar(rules.withExtraSessions(extra));
    }

    /** The office and its ancestors, nearest first. */
    private List<AgencyCode> lineage(Agency office) {
        var codes = new ArrayList<AgencyCode>();
        Optional<Agency> current = Optional.of(office);
        while (current.isPresent() && !codes.contains(current.get().code())) {
            codes.add(current.get().code());
            current = current.get().parent().flatMap(offices::find);
        }
        return codes;
    }
}
