package vn.motcua.reporting;

import java.time.Clock;
import java.time.LocalDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.reporting.persistence.FactQueries;

/**
 * Business figures on {@code /actuator/prometheus}, read from the database at each scrape so that every instance
 * reports the same: {@code motcua_dossiers_overdue} (open and past due now, every office) and
 * {@code motcua_projector_backlog} (journal entries the statistics have not counted yet, up to 100,000).
 */
@Component
class ReportingMetrics implements MeterBinder {

    static final int BACKLOG_CAP = 100_000;

    private final FactQueries facts;
    private final ReportProjector projector;
    private final Clock clock;

    ReportingMetrics(FactQueries facts, ReportProjector projector, Clock clock) {
        this.facts = facts;
        this.projector = projector;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.dossiers.overdue", this, m -> m.facts.overdueNow(LocalDateTime.now(m.clock.withZone(WorkingCalendars.ZONE))))
                .description("Dossiers open and past their due instant now, every office").register(registry);
        Gauge.builder("motcua.projector.backlog", this, m -> m.projector.backlog(BACKLOG_CAP))
                .description("Dossier journal entries the statistics have not counted yet (capped at 100,000)").register(registry);
    }
}
