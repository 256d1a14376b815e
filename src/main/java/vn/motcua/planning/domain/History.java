package vn.motcua.planning.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.servicemodel.domain.ServiceModel;

/**
 * What happened at an office in a past period, as the simulator replays it: its calendar and service models, the visits
 * to its desk (tickets; before the queue, one visit per dossier received at the counter), the dossiers received with
 * the way each went through the units, and how many counters served each day.
 *
 * @param counters the counters that served on each day with visits
 * @param fromTickets whether the visits are tickets (their waits are known) or made from reception times
 */
public record History(String office, LocalDate from, LocalDate to, CalendarRules rules, List<ServiceModel> models,
        List<Visit> visits, List<PastDossier> dossiers, Map<LocalDate, Integer> counters, boolean fromTickets) {

    public History {
        Objects.requireNonNull(rules, "rules");
        models = List.copyOf(models);
        visits = List.copyOf(visits);
        dossiers = List.copyOf(dossiers);
        counters = Map.copyOf(counters);
    }

    /**
     * A visit to the desk.
     *
     * @param serviceMinutes its service (start to done); 0 when unknown
     * @param waitedMinutes from the ticket to the first call, when known
     * @param finished when its service ended, when known
     * @param dossiers the dossiers received at it (indices into {@link History#dossiers()})
     */
    public record Visit(LocalDateTime arrival, long serviceMinutes, boolean noShow, Long waitedMinutes, String field,
            Integer counter, LocalDateTime finished, List<Integer> dossiers) {

        public Visit {
            Objects.requireNonNull(arrival, "arrival");
            dossiers = List.copyOf(dossiers);
        }
    }

    /**
     * A dossier received in the period and finished.
     *
     * @param extensionMinutes the working minutes its due date moved by after reception (suspensions, restarts)
     * @param sameDayRule whether a no-appointment day made it due the same day
     * @param path the holders it went through from its reception to its result
     */
    public record PastDossier(String procedure, String field, ProcessingTime legalTime, LocalDateTime receivedAt,
            LocalDateTime dueAt, LocalDateTime finishedAt, long extensionMinutes, boolean sameDayRule, List<Step> path) {

        public PastDossier {
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(finishedAt, "finishedAt");
            path = List.copyOf(path);
        }

        public boolean onTime() {
            return !finishedAt.isAfter(dueAt);
        }

        public boolean sameDay() {
            return finishedAt.toLocalDate().equals(receivedAt.toLocalDate());
        }
    }

    /** A holder of a dossier (a unit, whose dossiers at once are limited, or none) and its working minutes there. */
    public record Step(String unit, long minutes) {
    }
}
