package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.AppointmentCalculator;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.persistence.CalendarRulesRepository;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;

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

    WorkingCalendars(Offices offices, CalendarRulesRepository repository) {
        this.offices = offices;
        this.repository = repository;
    }

    /** The office's calendar, or empty when no such office is registered. */
    public Optional<OfficeCalendar> of(AgencyCode office) {
        OfficeCalendar cached = cache.get(office);
        if (cached != null) {
            return Optional.of(cached);
        }
        return offices.find(office).map(agency -> cache.computeIfAbsent(office, code -> load(agency)));
    }

    public Optional<Appointment> appointment(AgencyCode office, LocalDateTime receivedAt, ProcessingTime time) {
        return of(office).map(calendar -> AppointmentCalculator.appointment(calendar, receivedAt, time));
    }

    /** Forgets every cached calendar: an edit of a parent office changes its children too. */
    public void invalidate() {
        cache.clear();
    }

    private OfficeCalendar load(Agency office) {
        Agency current = office;
        while (!repository.hasOwnCalendar(current.code()) && current.parent().isPresent()) {
            Optional<Agency> parent = offices.find(current.parent().get());
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return new OfficeCalendar(repository.rulesOf(current.code()));
    }
}
