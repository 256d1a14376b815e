package vn.motcua.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalogue.domain.CatalogueTable;
import vn.motcua.catalogue.domain.CsvRecords;
import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.catalogue.persistence.ProcedureRepository;

/**
 * Loads the seed catalogue (46 commune-level procedures, with documents, steps and declaration forms for
 * the most common ones) into an empty catalogue on start. An office's own catalogue, once imported or
 * edited, is never overwritten.
 */
@Component
@Order(-10)
class CatalogueSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeed.class);
    /** Seed versions apply from the start of two-level local government. */
    static final LocalDate SEED_EFFECTIVE_FROM = LocalDate.of(2025, 7, 1);

    record Details(java.util.List<RequiredDocument> documents, java.util.List<ProcessingStep> steps,
            java.util.List<String> results, java.util.List<FormField> form) {
    }

    private final ProcedureRepository procedures;
    private final JsonMapper json;

    CatalogueSeed(ProcedureRepository procedures, JsonMapper json) {
        this.procedures = procedures;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (procedures.count() > 0) {
            return;
        }
        CatalogueTable.Result table;
        try (var csv = new InputStreamReader(new ClassPathResource("catalogue/procedures-vn.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            table = CatalogueTable.parse(CsvRecords.read(csv), SEED_EFFECTIVE_FROM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!table.isValid()) {
            throw new IllegalStateException("The seed catalogue is invalid: " + table.problems());
        }
        Map<String, Details> details = details();
        for (ProcedureVersion v : table.versions()) {
            Details d = details.get(v.code().value());
            procedures.save(d == null ? v : new ProcedureVersion(v.code(), v.effectiveFrom(), v.name(), v.field(),
                    v.level(), v.legalTime(), v.serviceTarget(), v.boundaryFree(), d.steps(), d.documents(), v.fees(),
                    d.results(), v.channels(), v.legalBasis(), d.form(), v.verification(), v.supplementWindowDays()));
        }
        log.info("Seed catalogue loaded: {} procedures, {} with documents and steps", table.versions().size(), details.size());
    }

    private Map<String, Details> details() {
        try (var in = new ClassPathResource("catalogue/procedure-details.json").getInputStream()) {
            return json.readValue(in, new TypeReference<Map<String, Details>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
