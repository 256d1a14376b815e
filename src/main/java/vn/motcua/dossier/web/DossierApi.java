package vn.motcua.dossier.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.DossierSettings;
import vn.motcua.dossier.ControlSheetWording;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceptionDesk;
import vn.motcua.dossier.WorkListPage;
import vn.motcua.dossier.WorkListQuery;
import vn.motcua.dossier.WorkListTab;
import vn.motcua.dossier.WorkLists;
import vn.motcua.dossier.domain.WorkListSearch;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;

/**
 * The dossier API for staff (HTTP Basic with a staff account): accept a dossier once per Idempotency-Key,
 * read it, list the work queue, and move it along its lifecycle.
 */
@RestController
@Tag(name = "Dossiers", description = "Reception and lifecycle of dossiers (staff)")
class DossierApi {

    private static final String BASE = "/api/v1/dossiers";
    static final String ACCEPT_EXAMPLE = """
            {"officeCode": "H99.01", "procedureCode": "1.004873", "channel": "COUNTER",
             "applicant": {"kind": "INDIVIDUAL", "name": "Nguyễn Văn An", "idNumber": "001090012345", "phone": "0903123456"},
             "documents": [{"name": "Tờ khai đăng ký khai sinh", "copies": 1}], "assistedFilling": false}""";

    private final ReceptionDesk desk;
    private final Dossiers dossiers;
    private final DossierSettings settings;
    private final ControlSheetWording wording;
    private final JsonMapper json;
    private final WorkLists workLists;

    DossierApi(ReceptionDesk desk, Dossiers dossiers, DossierSettings settings, ControlSheetWording wording,
            JsonMapper json, WorkLists workLists) {
        this.workLists = workLists;
        this.json = json;
        this.desk = desk;
        this.dossiers = dossiers;
        this.settings = settings;
        this.wording = wording;
    }

    @Operation(summary = "Accept a complete dossier (form 01)",
            description = "Issues the dossier code and the appointment. The same Idempotency-Key again returns the same dossier.")
    @PostMapping(path = BASE, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.Accepted> accept(@AuthenticationPrincipal OfficeMember me,
            @Parameter(description = "A key of your own, 1 to 200 characters, the same when you retry", required = true,
                    schema = @Schema(minLength = 1, maxLength = 200), example = "7f0c1d52-9c1e-4b55-9a43-2b8e7d4c1a10")
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = ACCEPT_EXAMPLE)))
            @RequestBody DossierJson.AcceptBody body) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new BadParameterException("Idempotency-Key", "An Idempotency-Key header of 1 to 200 characters is required");
        }
        var accepted = desk.accept(AcceptBodies.toRequest(body), me, key.strip(), canonical(body));
        DossierData d = accepted.dossier();
        var json = new DossierJson.Accepted(d.code().value(), d.status().name(), d.receivedAt(), d.clock().dueAt(),
                "/ho-so/" + d.code().value() + "/mau-01.pdf", settings.lookupUrl(d.code().value()), d.models(),
                accepted.slipPrinted(), d.version());
        return ResponseEntity.status(accepted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create(BASE + "/" + d.code().value()))
                .header("Idempotent-Replayed", String.valueOf(accepted.replayed()))
                .body(json);
    }

    @Operation(summary = "A dossier with its control sheet and history")
    @GetMapping(BASE + "/{code}")
    DossierJson.Dossier dossier(@AuthenticationPrincipal OfficeMember me,
            @Parameter(description = "The dossier code", example = "H99.01-261202-0001") @PathVariable String code) {
        DossierCode parsed = code(code);
        return DossierJson.Dossier.of(dossiers.view(parsed, me), dossiers.history(parsed, me), wording);
    }

    @Operation(summary = "The caller's work list, one page of it",
            description = "q: a dossier code, a personal ID, tax or phone number, or words of the applicant's name (with or "
                    + "without diacritics). tab: mine (default), received, processing, supplement_requested, "
                    + "awaiting_approval, approved, result_ready, closed, all. due: overdue or due_soon. Pages of 20 from 1. "
                    + "counts holds every tab's count under the same search; atLeast marks a count stopped at 2,000 (the rows 100 pages hold).")
    @GetMapping(BASE)
    Map<String, Object> workList(@AuthenticationPrincipal OfficeMember me,
            @Parameter(description = "Code, number or name", example = "Nguyen Van An") @RequestParam(required = false) String q,
            @Parameter(description = "The tab", example = "mine") @RequestParam(required = false) String tab,
            @Parameter(description = "A procedure code", example = "1.004873") @RequestParam(required = false) String procedure,
            @Parameter(description = "A field", example = "Hộ tịch") @RequestParam(required = false) String field,
            @Parameter(description = "overdue or due_soon", example = "overdue") @RequestParam(required = false) String due,
            @Parameter(description = "The page, from 1", example = "1") @RequestParam(required = false) Integer page) {
        WorkListQuery query;
        try {
            query = new WorkListQuery(WorkListSearch.parse(q), named(WorkListTab.class, "tab", tab, WorkListTab.MINE),
                    procedure, field, named(WorkListQuery.Due.class, "due", due, WorkListQuery.Due.ANY), page == null ? 1 : page);
        } catch (InvalidValueException e) {
            throw new BadParameterException(e.code().startsWith("search") ? "q" : e.code().replace("workList.", "")
                    .replace(".tooLong", ""), e.getMessage());
        }
        WorkListPage list = workLists.list(me, query);
        var counts = new java.util.LinkedHashMap<String, Object>();
        list.counts().forEach((t, c) -> counts.put(t.name().toLowerCase(java.util.Locale.ROOT),
                Map.of("value", c.value(), "atLeast", c.atLeast())));
        return Map.of("page", query.page(), "pages", list.pages(), "counts", counts, "items", list.rows().stream()
                .map(r -> Map.<String, Object>of("code", r.dossier().code().value(), "applicantName", r.applicantName(),
                        "status", r.dossier().status().name(), "promisedAt", r.dossier().clock().promisedAt(),
                        "timeliness", r.verdict().timeliness().name(), "procedureName", r.dossier().procedure().name()))
                .toList());
    }

    private static <E extends Enum<E>> E named(Class<E> type, String parameter, String value, E absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "'" + parameter + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Operation(summary = "Move a dossier along its lifecycle",
            description = "transition: transfer, hand-over, submit, send-back, approve, result-ready, return, "
                    + "supplement-request, supplement-received, refuse, apology, stop, consult, consultation-answer. "
                    + "Send the version you saw (body or If-Match) to be told when someone changed it meanwhile.")
    @PostMapping(BASE + "/{code}/{transition}")
    DossierJson.Dossier transition(@AuthenticationPrincipal OfficeMember me,
            @Parameter(description = "The dossier code", example = "H99.01-261202-0001") @PathVariable String code,
            @Parameter(description = "The transition", example = "transfer", schema = @Schema(allowableValues = {"transfer",
                    "hand-over", "submit", "send-back", "approve", "result-ready", "return", "supplement-request",
                    "supplement-received", "refuse", "apology", "stop", "consult", "consultation-answer"}))
            @PathVariable String transition,
            @Parameter(description = "The version you saw", example = "0") @RequestHeader(name = "If-Match", required = false)
            String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(value = "{\"version\": 0, \"unit\": \"Công chức Tư pháp - Hộ tịch\"}")))
            @RequestBody(required = false) DossierJson.TransitionBody body) {
        var b = body == null ? new DossierJson.TransitionBody(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null) : body;
        Action action = Commands.action(transition);
        Long version = b.version() != null ? b.version() : ifMatch == null ? null : parseVersion(ifMatch);
        DossierCode parsed = code(code);
        var competent = dossiers.registeredAgency(b.competentOffice());
        var consulted = dossiers.registeredAgency(b.consultedOffice());
        String agency = b.agency() == null || b.agency().isBlank() ? b.consultedOffice() : b.agency();
        dossiers.apply(parsed, version, me, Commands.of(action, new Commands.Arguments(b.note(),
                b.items() == null ? List.of() : b.items(), b.newDueAt(), b.through(), b.unit(), agency, b.direction(),
                b.question(), b.workingDays(), b.number(), competent, consulted, b.recipientName(), b.recipientIdNumber())));
        return dossier(me, code);
    }

    private static DossierCode code(String code) {
        try {
            return DossierCode.of(code);
        } catch (InvalidValueException e) {
            throw new NotFoundException("No dossier " + code);
        }
    }

    private static Long parseVersion(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("If-Match", "The version you saw, as a number");
        }
    }

    /** The request as the idempotency key remembers it: its canonical JSON, compared exactly on a replay. */
    String canonical(DossierJson.AcceptBody body) {
        return json.writeValueAsString(body);
    }
}
