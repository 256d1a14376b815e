package vn.motcua.catalogue.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.CatalogueTable;
import vn.motcua.catalogue.domain.ProcedureDetails;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.persistence.ImportRows;
import vn.motcua.catalogue.persistence.ProcedureRepository;
import vn.motcua.platform.security.OfficeMember;

/**
 * Imports of the catalogue from CSV or XLSX: a dry run that reports every problem, and an import that
 * runs in the background, reports its progress, and saves all rows in one transaction or none.
 */
@Service
public class CatalogueImports {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImports.class);
    /** Progress is written every this many rows. */
    static final int PROGRESS_STEP = 100;

    private final ProcedureRepository procedures;
    private final Catalogue catalogue;
    private final ImportRows rows;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate progressTransaction;
    private final Executor executor;
    private final AuditTrail audit;
    private final Clock clock;
    private final ProcedureDetails.Format details;

    CatalogueImports(ProcedureRepository procedures, Catalogue catalogue, ImportRows rows,
            PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") Executor executor,
            AuditTrail audit, Clock clock, JsonMapper json) {
        this.details = new JsonDetails(json);
        this.procedures = procedures;
        this.catalogue = catalogue;
        this.rows = rows;
        this.importTransaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The dry run: reads and checks the whole file, saves nothing. */
    public ImportCheck check(String fileName, byte[] bytes, LocalDate effectiveFrom) {
        CatalogueTable.Result table;
        try {
            table = CatalogueTable.parse(CatalogueFile.rows(fileName, bytes), effectiveFrom, details);
        } catch (CatalogueFile.Refused e) {
            return new ImportCheck(fileName, effectiveFrom, new ImportCheck.Refusal(e.code(), e.detail(), e.getMessage()),
                    null, 0, 0);
        }
        Set<String> known = procedures.codes();
        int added = (int) table.versions().stream().map(v -> v.code().value()).distinct().filter(c -> !known.contains(c)).count();
        int changed = (int) table.versions().stream().map(v -> v.code().value()).distinct().filter(known::contains).count();
        return new ImportCheck(fileName, effectiveFrom, null, table, added, changed);
    }

    /** Starts the import of a checked file; its progress is read with {@link #job(UUID)}. */
    public UUID start(ImportCheck check, OfficeMember actor) {
        if (!catalogue.mayEdit(actor)) {
            throw new AccessDeniedException(actor.getUsername() + " may not change the catalogue");
        }
        if (!check.isValid()) {
            throw new IllegalArgumentException("Only a file without problems is imported");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        rows.start(id, truncate(check.fileName()), actor.getUsername(), actor.officeCode(), check.table().entries().size(), now);
        executor.execute(() -> run(id, check, actor));
        return id;
    }

    public Optional<ImportJob> job(UUID id) {
        return rows.find(id).map(r -> new ImportJob(id, r.fileName(), r.actor(), ImportJob.Status.valueOf(r.status()), r.total(),
                        r.done(), r.added(), r.changed(), r.message(), r.startedAt(), r.updatedAt()))
                .map(job -> job.seenAt(clock.instant()));
    }

    private void run(UUID id, ImportCheck check, OfficeMember actor) {
        List<CatalogueTable.Entry> entries = check.table().entries();
        try {
            importTransaction.executeWithoutResult(status -> {
                for (int i = 0; i < entries.size(); i++) {
                    procedures.save(withDetails(entries.get(i)));
                    if ((i + 1) % PROGRESS_STEP == 0) {
                        progress(id, i + 1);
                    }
                }
                audit.record(new AuditEntry(clock.instant(), actor.getUsername(), actor.officeCode(), "catalogue.import",
                        "catalogue", "file " + check.fileName() + ": " + entries.size() + " versions, " + check.added()
                                + " new procedures, " + check.changed() + " updated, effective " + check.effectiveFrom()));
            });
            catalogue.forget();
            finish(id, ImportJob.Status.DONE, entries.size(), check.added(), check.changed(), null);
        } catch (RuntimeException e) {
            log.warn("Catalogue import {} failed; nothing was saved", id, e);
            finish(id, ImportJob.Status.FAILED, 0, 0, 0, e.getClass().getSimpleName());
        }
    }

    /** A row without details keeps the documents, steps, results and form of the version it follows. */
    private ProcedureVersion withDetails(CatalogueTable.Entry entry) {
        ProcedureVersion v = entry.version();
        if (entry.detailsGiven()) {
            return v;
        }
        return procedures.find(v.code()).flatMap(p -> p.versionOn(v.effectiveFrom()))
                .map(before -> new ProcedureVersion(v.code(), v.effectiveFrom(), v.name(), v.field(), v.level(), v.legalTime(),
                        v.serviceTarget(), v.boundaryFree(), before.steps(), before.documents(), v.fees(), before.results(),
                        v.channels(), v.legalBasis(), before.form(), v.verification(), before.supplementWindowDays()))
                .orElse(v);
    }

    private void progress(UUID id, int done) {
        progressTransaction.executeWithoutResult(s -> rows.progress(id, done, clock.instant()));
    }

    private void finish(UUID id, ImportJob.Status status, int done, int added, int changed, String message) {
        progressTransaction.executeWithoutResult(s -> rows.finish(id, status.name(), done, added, changed, message,
                clock.instant()));
    }

    private static String truncate(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "?" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
