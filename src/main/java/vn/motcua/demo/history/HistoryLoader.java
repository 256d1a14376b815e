package vn.motcua.demo.history;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.dossier.DossierBulkLoad;
import vn.motcua.dossier.OfficeDossierSettings;
import vn.motcua.dossier.domain.ProcedureSnapshot;
import vn.motcua.queue.QueueHistory;
import vn.motcua.reporting.ReportBulkLoad;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.survey.Evaluations;

/**
 * Loads an office's generated history: batches of dossiers copied with their transitions, counted into the read
 * models and, where citizens answered, their evaluations, one transaction per batch. The procedures are the
 * catalogue's current versions (the seed catalogue has no older ones).
 */
@Component
public class HistoryLoader {

    static final int BATCH = 10_000;

    private final WorkingCalendars calendars;
    private final OfficeDossierSettings settings;
    private final ServiceModels models;
    private final Catalogue catalogue;
    private final DossierBulkLoad dossiers;
    private final ReportBulkLoad reports;
    private final Evaluations evaluations;
    private final QueueHistory queue;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HistoryLoader(WorkingCalendars calendars, OfficeDossierSettings settings, ServiceModels models, Catalogue catalogue,
            DossierBulkLoad dossiers, ReportBulkLoad reports, Evaluations evaluations, QueueHistory queue,
            PlatformTransactionManager transactions, Clock clock) {
        this.calendars = calendars;
        this.settings = settings;
        this.models = models;
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.reports = reports;
        this.evaluations = evaluations;
        this.queue = queue;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Whether the office already has dossiers in the first segment's period (a history is loaded once). */
    boolean loaded(OfficeHistory history) {
        var first = history.segments().getFirst();
        return dossiers.hasAny(history.office(), first.from, first.to)
                || reports.hasAny(history.office(), first.from, first.to);
    }

    /** How many histories load at once: while one waits on the database another's dossiers are copied. */
    static final int PARALLEL = 2;

    /**
     * Loads the histories not loaded yet, {@link #PARALLEL} at a time; {@code progress} hears the number of dossiers
     * stored so far over all of them. Returns that number.
     */
    long loadAll(List<OfficeHistory> histories, boolean readModelsOnly, LongConsumer progress) {
        var done = new java.util.concurrent.atomic.AtomicLong();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(PARALLEL)) {
            var futures = histories.stream().filter(h -> !loaded(h)).map(h -> pool.submit(() -> {
                long[] last = {0};
                load(h, stored -> {
                    progress.accept(done.addAndGet(stored - last[0]));
                    last[0] = stored;
                }, readModelsOnly);
            })).toList();
            for (var f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("History loading failed", e.getCause());
        }
        return done.get();
    }

    /** Generates and stores the history; {@code progress} hears the number of dossiers stored so far. */
    long load(OfficeHistory history, LongConsumer progress) {
        return load(history, progress, false);
    }

    /**
     * With {@code readModelsOnly}, only the reporting read models receive the history (no dossier, no journal):
     * for benchmarks of the dashboard and reports at a scale whose full load would take hours here.
     */
    long load(OfficeHistory history, LongConsumer progress, boolean readModelsOnly) {
        var context = context(history);
        reports.prepare();
        // the generator runs ahead on its own thread while batches are stored: one core each
        var queue = new java.util.concurrent.ArrayBlockingQueue<List<HistoryBatch.Item>>(2);
        var failure = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
        var producer = Thread.ofPlatform().name("history-" + history.office()).start(() -> {
            try {
                new HistoryGenerator(history, context).generate(BATCH, batch -> put(queue, batch));
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                put(queue, List.of());
            }
        });
        long stored = 0;
        try {
            for (var batch = take(queue); !batch.isEmpty(); batch = take(queue)) {
                var items = batch;
                transactions.executeWithoutResult(status -> store(items, readModelsOnly));
                stored += batch.size();
                progress.accept(stored);
            }
        } finally {
            producer.interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return stored;
    }

    /** What the generator needs of the office, read once. */
    HistoryGenerator.Context context(OfficeHistory history) {
        var office = history.office();
        var procedures = new LinkedHashMap<String, ProcedureSnapshot>();
        history.procedures().keySet().stream().sorted().forEach(code -> catalogue.find(ProcedureCode.of(code))
                .ifPresent(p -> procedures.put(code, ProcedureSnapshot.of(p.latest()))));
        return new HistoryGenerator.Context(calendars.of(office).orElseThrow(() -> new IllegalStateException("No calendar for " + office)),
                settings.rules(office), settings.pattern(office), models.of(office), procedures,
                LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE)));
    }

    private static void put(java.util.concurrent.BlockingQueue<List<HistoryBatch.Item>> queue, List<HistoryBatch.Item> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("History generation interrupted", e);
        }
    }

    private static List<HistoryBatch.Item> take(java.util.concurrent.BlockingQueue<List<HistoryBatch.Item>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("History loading interrupted", e);
        }
    }

    private void store(List<HistoryBatch.Item> batch, boolean readModelsOnly) {
        var loaded = batch.stream().map(HistoryBatch.Item::loaded).toList();
        dossiers.withoutWaitingForDisk();
        if (readModelsOnly) {
            reports.countWithoutJournal(loaded);
            return;
        }
        dossiers.copy(loaded);
        reports.count(loaded);
        var answers = new ArrayList<Evaluations.Historic>();
        for (var item : batch) {
            var d = item.loaded().dossier();
            if (item.evaluation() != null && d.returnedAt() != null) {
                answers.add(new Evaluations.Historic(d.code().value(), d.office().value(), d.receivedBy(), d.procedure().code(),
                        item.evaluation(), d.returnedAt().plusMinutes(20)));
            }
        }
        evaluations.importHistory(answers);
        // the citizens received at the counter took a ticket first: the queue's waiting figures have a history too
        queue.importHistory(batch.stream().map(item -> item.loaded().dossier().intake())
                .filter(i -> i.channel() == Channel.COUNTER)
                .map(i -> new QueueHistory.PastDossier(i.office().value(), i.code().value(), i.receivedAt(), i.procedure().field(),
                        i.receivedBy())).toList());
    }
}
