package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.dossier.DossierJournal;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.DayStatChange;
import vn.motcua.reporting.domain.DossierIndices;

/**
 * Keeps {@code dossier_day_stat} current: reads the dossier journal after its position and adds each event to
 * the day's counters of the office and of the models that applied, in one transaction with the new position, so
 * every event counts exactly once. One instance works at a time (an advisory lock); the others skip their turn.
 */
@Component
public class DossierStatsProjector {

    static final String NAME = "dossier_day_stat";
    static final int BATCH = 500;

    private record Key(String office, java.time.LocalDate day, long model) {
    }

    private final JdbcClient jdbc;
    private final DossierJournal journal;
    private final WorkingCalendars calendars;
    private final TransactionTemplate transactions;

    DossierStatsProjector(JdbcClient jdbc, DossierJournal journal, WorkingCalendars calendars,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.journal = journal;
        this.calendars = calendars;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Every few seconds: skipped when another instance is projecting at that moment. */
    @Scheduled(fixedDelayString = "${motcua.reporting.projector-delay:2s}")
    void scheduled() {
        catchUp(false);
    }

    /**
     * Reads the journal to its end, waiting for another instance that is projecting at that moment; returns how
     * many events this call counted.
     */
    public int catchUp() {
        return catchUp(true);
    }

    private int catchUp(boolean wait) {
        int total = 0;
        int read;
        do {
            Integer step = transactions.execute(status -> step(wait));
            read = step == null ? 0 : step;
            total += read;
        } while (read == BATCH);
        return total;
    }

    private int step(boolean wait) {
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(NAME).query(Object.class).single();
        } else if (!jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))").param(NAME).query(Boolean.class).single()) {
            return 0;
        }
        var position = jdbc.sql("select tx::text, id from projection_position where name = ?").param(NAME)
                .query((rs, n) -> new DossierJournal.Position(Long.parseLong(rs.getString(1)), rs.getLong(2)))
                .optional().orElse(DossierJournal.Position.START);
        List<DossierJournal.Entry> entries = journal.after(position, BATCH);
        if (entries.isEmpty()) {
            return 0;
        }
        var sums = new LinkedHashMap<Key, DayCounts>();
        for (var entry : entries) {
            for (DayStatChange change : changes(entry)) {
                var keys = new ArrayList<Long>(change.models());
                keys.add(DayStatChange.OFFICE);
                keys.forEach(model -> sums.merge(new Key(change.office(), change.day(), model), change.counts(), DayCounts::plus));
            }
        }
        sums.forEach(this::add);
        entries.stream().filter(e -> e.action() == vn.motcua.dossier.domain.Action.RESULT_READY
                || e.action() == vn.motcua.dossier.domain.Action.REFUSE).forEach(this::score);
        var last = entries.getLast().position();
        jdbc.sql("""
                insert into projection_position (name, tx, id) values (?, cast(? as xid8), ?)
                on conflict (name) do update set tx = excluded.tx, id = excluded.id
                """).params(NAME, String.valueOf(last.tx()), last.id()).update();
        return entries.size();
    }

    private List<DayStatChange> changes(DossierJournal.Entry e) {
        DossierData d = e.dossier();
        String office = d.office().value();
        List<Long> models = d.models().stream().map(m -> m.modelId()).distinct().toList();
        return switch (e.action()) {
            case ACCEPT -> List.of(DayStatChange.received(office, d.receivedAt(), models, d.declarationFilledBy() != null));
            case RESULT_READY, REFUSE -> List.of(DayStatChange.finished(office, d.receivedAt(), e.at(), models, verdict(d, e)));
            case RETURN -> List.of(DayStatChange.returned(office, d.receivedAt(), e.at(), models));
            default -> List.of();
        };
    }

    /** The one timeliness function, on the dossier's due instant, at the instant it finished. */
    private vn.motcua.calendar.domain.TimelinessClass verdict(DossierData d, DossierJournal.Entry e) {
        var calendar = calendars.of(d.office()).orElseThrow();
        var facts = new Timeliness.Facts(d.clock().dueAt(), d.clock().rescheduledDueAt(), e.at(), false);
        return Timeliness.judge(facts, e.at(), calendar, 0).timeliness();
    }

    private void add(Key key, DayCounts c) {
        jdbc.sql("""
                insert into dossier_day_stat (office_code, day, model_id, received, assisted, finished, early, on_time, late,
                    finished_same_day, returned, returned_same_day)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (office_code, model_id, day) do update set
                    received = dossier_day_stat.received + excluded.received,
                    assisted = dossier_day_stat.assisted + excluded.assisted,
                    finished = dossier_day_stat.finished + excluded.finished,
                    early = dossier_day_stat.early + excluded.early,
                    on_time = dossier_day_stat.on_time + excluded.on_time,
                    late = dossier_day_stat.late + excluded.late,
                    finished_same_day = dossier_day_stat.finished_same_day + excluded.finished_same_day,
                    returned = dossier_day_stat.returned + excluded.returned,
                    returned_same_day = dossier_day_stat.returned_same_day + excluded.returned_same_day
                """).params(key.office(), key.day(), key.model(), c.received(), c.assisted(), c.finished(), c.early(),
                        c.onTime(), c.late(), c.finishedSameDay(), c.returned(), c.returnedSameDay()).update();
    }

    /** The system's part of the Circular 01/2018 indices of a dossier that just finished. */
    private void score(DossierJournal.Entry e) {
        DossierData d = e.dossier();
        var verdict = verdict(d, e);
        long supplements = journal.count(d.code(), vn.motcua.dossier.domain.Action.REQUEST_SUPPLEMENT);
        // Only steps with an allotted time count for index 2.
        var steps = d.controlSheet().stream().filter(h -> h.stepDueAt() != null)
                .map(h -> DossierIndices.StepUse.of(h.at(), h.stepDueAt())).toList();
        jdbc.sql("""
                insert into dossier_score (dossier_code, office_code, received_by, procedure_code, online, consulted, finished_day,
                    timeliness, index1, index2, index3, models)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as bigint[]))
                on conflict (dossier_code) do update set finished_day = excluded.finished_day, timeliness = excluded.timeliness,
                    index1 = excluded.index1, index2 = excluded.index2, index3 = excluded.index3
                """).params(d.code().value(), d.office().value(), d.receivedBy(), d.procedure().code(),
                        d.channel() == vn.motcua.catalogue.domain.Channel.ONLINE, !d.consultations().isEmpty(),
                        e.at().toLocalDate(), verdict.name(), DossierIndices.totalTime(verdict), DossierIndices.steps(steps),
                        DossierIndices.contacts(supplements),
                        d.models().stream().map(m -> String.valueOf(m.modelId())).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .update();
    }
}
