package vn.motcua.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.PastDossiers;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Handover;
import vn.motcua.dossier.domain.Holder;
import vn.motcua.dossier.domain.LateRisk;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.planning.domain.History;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.queue.QueueFigures;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * An office's past period as the simulator replays it, read through the other modules' published APIs: the calendar
 * and service models, the dossiers received and finished (each one's way through the units from its control sheet, in
 * working minutes), and the desk's visits — its tickets, and for dossiers received at the counter without one (before
 * the queue), a visit ending at the reception.
 */
@Service
class SimulationHistories {

    /** A visit made from a reception time lasted this long when the office has no service times. */
    static final long USUAL_SERVICE = 10;
    /** A control sheet's leader or specialist unit without a name, as the simulator names them. */
    static final String UNNAMED_LEADER = "Lãnh đạo";
    static final String UNNAMED_SPECIALISTS = "Bộ phận chuyên môn";

    private final WorkingCalendars calendars;
    private final ServiceModels models;
    private final PastDossiers dossiers;
    private final QueueFigures queue;

    SimulationHistories(WorkingCalendars calendars, ServiceModels models, PastDossiers dossiers, QueueFigures queue) {
        this.calendars = calendars;
        this.models = models;
        this.dossiers = dossiers;
        this.queue = queue;
    }

    History of(AgencyCode office, LocalDate from, LocalDate to) {
        OfficeCalendar calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No office " + office));
        var finished = dossiers.received(office, from, to).stream().filter(d -> d.finishedAt() != null)
                .sorted(Comparator.comparing(DossierData::receivedAt)).toList();
        var past = new ArrayList<History.PastDossier>();
        var index = new HashMap<String, Integer>();
        for (DossierData d : finished) {
            index.put(d.code().value(), past.size());
            past.add(pastDossier(d, calendar));
        }
        var visits = new ArrayList<History.Visit>();
        var linked = new HashSet<Integer>();
        var counters = new HashMap<LocalDate, Set<String>>();
        var tickets = queue.visits(office.value(), from, to);
        var services = new ArrayList<Long>();
        for (var t : tickets) {
            var own = t.dossiers().stream().map(index::get).filter(i -> i != null && linked.add(i)).toList();
            long service = t.serving() != null && t.finished() != null ? ChronoUnit.MINUTES.between(t.serving(), t.finished()) : 0;
            Long waited = t.firstCalled() == null ? null : Math.max(0, ChronoUnit.MINUTES.between(t.taken(), t.firstCalled()));
            visits.add(new History.Visit(t.taken(), Math.max(0, service), t.noShow(), waited, t.field(), t.counter(), t.finished(), own));
            if (service > 0) {
                services.add(service);
            }
            if (t.counter() != null) {
                counters.computeIfAbsent(t.taken().toLocalDate(), k -> new HashSet<>()).add("Q" + t.counter());
            }
        }
        long usual = services.isEmpty() ? USUAL_SERVICE : services.stream().sorted().toList().get(services.size() / 2);
        var byOfficer = new HashMap<LocalDate, Set<String>>();
        for (int i = 0; i < finished.size(); i++) {
            DossierData d = finished.get(i);
            if (d.channel() == Channel.COUNTER && !linked.contains(i)) {
                visits.add(new History.Visit(d.receivedAt().minusMinutes(usual), 0, false, null, d.procedure().field(), null,
                        d.receivedAt(), List.of(i)));
                byOfficer.computeIfAbsent(d.receivedAt().toLocalDate(), k -> new HashSet<>()).add(String.valueOf(d.receivedBy()));
            }
        }
        var perDay = new HashMap<LocalDate, Integer>();
        counters.forEach((day, set) -> perDay.put(day, set.size()));
        byOfficer.forEach((day, set) -> perDay.merge(day, set.size(), Math::max));
        visits.forEach(v -> perDay.putIfAbsent(v.arrival().toLocalDate(), 1));
        visits.sort(Comparator.comparing(History.Visit::arrival));
        return new History(office.value(), from, to, calendar.rules(), models.of(office), visits, past, perDay, !tickets.isEmpty());
    }

    private static History.PastDossier pastDossier(DossierData d, OfficeCalendar calendar) {
        LocalDateTime originalDue = d.clock().appointment().dueAt();
        long extension = d.clock().dueAt().isAfter(originalDue) ? calendar.workingMinutesBetween(originalDue, d.clock().dueAt()) : 0;
        var steps = new ArrayList<History.Step>();
        var handovers = d.controlSheet().stream().filter(h -> h.at() != null && !h.at().isBefore(d.receivedAt())
                && !h.at().isAfter(d.finishedAt())).sorted(Comparator.comparing(Handover::at)).toList();
        LocalDateTime since = d.receivedAt();
        String holder = null;
        for (Handover h : handovers) {
            steps.add(new History.Step(holder, LateRisk.minutes(calendar::workingMinutesBetween, since, h.at())));
            since = h.at();
            holder = unit(h.to());
        }
        steps.add(new History.Step(holder, LateRisk.minutes(calendar::workingMinutesBetween, since, d.finishedAt())));
        return new History.PastDossier(d.procedure().code(), d.procedure().field(), d.procedure().legalTime(), d.receivedAt(),
                d.clock().dueAt(), d.finishedAt(), extension, d.under(ServiceModelKind.NO_APPOINTMENT_DAY), steps);
    }

    /** The holder as a unit whose dossiers at once are limited: a unit, the specialist unit, the leader; else none. */
    private static String unit(Holder holder) {
        return switch (holder.kind()) {
            case UNIT, SPECIALIST_UNIT, LEADER -> holder.name() != null && !holder.name().isBlank() ? holder.name()
                    : holder.kind() == Holder.Kind.LEADER ? UNNAMED_LEADER : UNNAMED_SPECIALISTS;
            default -> null;
        };
    }


}
