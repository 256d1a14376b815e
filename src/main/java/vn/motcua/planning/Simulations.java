package vn.motcua.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.planning.domain.Change;
import vn.motcua.planning.domain.Simulator;
import vn.motcua.planning.persistence.SimulationRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.reporting.ReportScopes;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.ServiceModel;

/**
 * The simulator's runs: a leader asks one for an office of their scope and a past period; it is kept in PostgreSQL and
 * made in the background by whichever instance claims it first (one run at a time per instance, never on a web thread),
 * its progress written after each replication; any instance shows its progress and result.
 */
@Service
public class Simulations {

    private static final Logger log = LoggerFactory.getLogger(Simulations.class);

    /** Runs of one office waiting or running at once, at most. */
    public static final int MAX_UNFINISHED = 2;

    private final SimulationRows rows;
    private final SimulationHistories histories;
    private final ReportScopes scopes;
    private final ServiceModels models;
    private final AuditTrail audit;
    private final ModelTakeUp takeUp;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "simulation");
        thread.setDaemon(true);
        return thread;
    });

    Simulations(SimulationRows rows, SimulationHistories histories, ReportScopes scopes, ServiceModels models, AuditTrail audit,
            ModelTakeUp takeUp, JsonMapper json, Clock clock) {
        this.takeUp = takeUp;
        this.rows = rows;
        this.histories = histories;
        this.scopes = scopes;
        this.models = models;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A run as a page shows it: what was asked, how far it is, and its result when done. */
    public record Run(UUID id, String office, String officeName, String requestedBy, SimulationRequest request, String status,
            int done, int total, Long elapsedMs, Simulator.Result result, String error) {

        public int percent() {
            return total == 0 ? 0 : done * 100 / total;
        }

        public boolean finished() {
            return "DONE".equals(status) || "FAILED".equals(status);
        }
    }

    /** Asks a run; checked now (scope, a past period, the change), made in the background. */
    public UUID start(OfficeMember me, SimulationRequest request) {
        var scope = scopes.of(me, request.office()).orElseThrow(() -> new InvalidValueException("simulation.office", "Unknown office"));
        AgencyCode office = scope.code();
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        if (!request.to().isBefore(today)) {
            throw new InvalidValueException("simulation.to", "A past period: the last day before today");
        }
        request.change(models.of(office), SimulationRequest.USUAL_SHARE);
        if (rows.unfinished(office.value()) >= MAX_UNFINISHED) {
            throw new InvalidValueException("simulation.busy", "Wait for the office's runs to finish");
        }
        var id = UUID.randomUUID();
        rows.insert(id, office.value(), me.getUsername(), clock.instant(), json.writeValueAsString(request), 2 * request.runs());
        audit.record(new AuditEntry(clock.instant(), me.getUsername(), office.value(), "simulation.asked", "simulation:" + id,
                request.kind() + " " + request.from() + ".." + request.to() + " runs " + request.runs() + " seed " + request.seed()));
        worker.execute(this::work);
        return id;
    }

    /** Every 30 s, runs left waiting (another instance stopped, or this one was busy) are claimed. */
    @Scheduled(fixedDelayString = "${motcua.planning.sweep-delay:30s}", initialDelayString = "${motcua.planning.sweep-delay:30s}")
    void sweep() {
        worker.execute(this::work);
    }

    private void work() {
        for (var row = rows.claim(); row.isPresent(); row = rows.claim()) {
            make(row.get());
        }
    }

    private void make(SimulationRows.Row row) {
        long started = System.nanoTime();
        try {
            var request = json.readValue(row.request(), SimulationRequest.class);
            var office = AgencyCode.of(row.office());
            var history = histories.of(office, request.from(), request.to());
            int share = request.share() != null ? request.share() : request.addedSessionKind()
                    .map(kind -> takeUp.share(kind, LocalDate.now(clock.withZone(WorkingCalendars.ZONE))))
                    .filter(java.util.OptionalDouble::isPresent)
                    .map(s -> (int) Math.min(Change.MAX_SHARE, Math.round(s.getAsDouble() * 100)))
                    .orElse(SimulationRequest.USUAL_SHARE);
            var result = Simulator.run(history, request.change(models.of(office), share), request.runs(), request.seed(),
                    done -> rows.progress(row.id(), done));
            rows.finished(row.id(), json.writeValueAsString(result), (System.nanoTime() - started) / 1_000_000);
        } catch (InvalidValueException e) {
            rows.failed(row.id(), e.code());
        } catch (RuntimeException e) {
            log.warn("Simulation {} failed", row.id(), e);
            rows.failed(row.id(), "simulation.failed");
        }
    }

    /** A run the member may read (its office within their scope); not found otherwise. */
    public Run find(OfficeMember me, UUID id) {
        var row = rows.find(id).orElseThrow(() -> new NotFoundException("No simulation " + id));
        var scope = scopes.of(me, row.office()).orElseThrow(() -> new NotFoundException("No simulation " + id));
        return new Run(row.id(), row.office(), scope.name(), row.requestedBy(), json.readValue(row.request(), SimulationRequest.class),
                row.status(), row.done(), row.total(), row.elapsedMs(),
                row.result() == null ? null : json.readValue(row.result(), Simulator.Result.class), row.error());
    }

    /** The latest runs of the offices of the member's scope. */
    public List<SimulationRows.Row> latest(OfficeMember me) {
        var scope = scopes.of(me, null).orElseThrow();
        return rows.latest(scope.offices().stream().map(AgencyCode::value).toList(), 10);
    }

    /** The office's service models (to take one away), for the form. */
    public List<ServiceModel> models(AgencyCode office) {
        return models.of(office);
    }

}
