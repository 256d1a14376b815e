package vn.motcua.catalogue.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.ProcedurePage;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.Fee;
import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.Procedure;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;

/** The public catalogue API: search, and one procedure's full record as in force today. */
@Tag(name = "Catalogue", description = "Administrative procedures")
@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureApi {

    private final Catalogue catalogue;

    ProcedureApi(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    record LegalTime(Object amount, String unit, String cutoff) {
        static LegalTime of(ProcessingTime t) {
            Object amount = t.statedAmount() == null ? null
                    : t.unit() == ProcessingUnit.WORKING_HOURS ? t.statedAmount().toPlainString() : t.amount();
            return new LegalTime(amount, t.unit().name(), t.cutoff() == null ? null : t.cutoff().toString());
        }
    }

    record Item(String code, String name, String field, LegalTime legalTime) {
    }

    record Page(List<Item> items, int page, int size, long total) {
    }

    record Record(String code, String name, String field, String level, LocalDate effectiveFrom, List<LocalDate> versions,
            LegalTime legalTime, LegalTime serviceTarget, boolean boundaryFree, List<Channel> channels,
            List<RequiredDocument> documents, List<ProcessingStep> steps, List<Fee> fees, List<String> results,
            String legalBasis, List<FormField> form, String verification) {
    }

    @Operation(summary = "Search the catalogue", description = "Words of the name, with or without diacritics, or a code.")
    @ApiResponse(responseCode = "200", description = "A page of procedures")
    @ApiResponse(responseCode = "400", description = "A bad parameter, named in the problem",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping
    Page search(@Parameter(description = "Words of the name or a code", example = "dang ky khai sinh")
            @RequestParam(required = false) String q,
            @Parameter(description = "Only procedures this office offers", example = "H99.01")
            @RequestParam(required = false) String office,
            @Parameter(description = "Only this field", example = "Hộ tịch") @RequestParam(required = false) String field,
            @Parameter(description = "Page number from 0", example = "0", schema = @io.swagger.v3.oas.annotations.media.Schema(
                    type = "integer", minimum = "0")) @RequestParam(required = false) String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)", example = "20", schema = @io.swagger.v3.oas.annotations
                    .media.Schema(type = "integer", minimum = "1", maximum = "100")) @RequestParam(required = false) String size) {
        ProcedurePage found = catalogue.search(CatalogueParameters.query(q, office, field, page, size));
        return new Page(found.items().stream().map(s -> new Item(s.code().value(), s.name(), s.field(),
                LegalTime.of(s.legalTime()))).toList(), found.page(), found.size(), found.total());
    }

    @Operation(summary = "One procedure as in force today, with its documents, steps, fees and declaration form")
    @ApiResponse(responseCode = "200", description = "The procedure")
    @ApiResponse(responseCode = "400", description = "A malformed code", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such procedure", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{code}")
    Record procedure(@Parameter(description = "National code", example = "1.001193") @PathVariable String code) {
        Procedure procedure = catalogue.find(CatalogueParameters.code(code))
                .orElseThrow(() -> new NotFoundException("No procedure with the code " + code));
        ProcedureVersion v = procedure.versionOn(catalogue.today()).orElse(procedure.versions().getFirst());
        return new Record(v.code().value(), v.name(), v.field(), v.level().name(), v.effectiveFrom(),
                procedure.versions().stream().map(ProcedureVersion::effectiveFrom).toList(), LegalTime.of(v.legalTime()),
                v.serviceTarget() == null ? null : LegalTime.of(v.serviceTarget()), v.boundaryFree(),
                v.channels().stream().sorted().toList(), v.documents(), v.steps(), v.fees(), v.results(), v.legalBasis(),
                v.form(), v.verification());
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints catalogueApi() {
            return () -> List.of("/api/v1/procedures", "/api/v1/procedures/*", "/thu-tuc", "/thu-tuc/**");
        }
    }

}
