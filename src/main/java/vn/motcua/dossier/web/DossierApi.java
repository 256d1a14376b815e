package vn.motcua.dossier.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.DossierSettings;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ReceptionDesk;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.Dossier;
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
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReceptionDesk desk;
    private final Dossiers dossiers;
    private final DossierSettings settings;

    DossierApi(ReceptionDesk desk, Dossiers dossiers, DossierSettings settings) {
        this.desk = desk;
        this.dossiers = dossiers;
        this.settings = settings;
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
        return DossierJson.Dossier.of(dossiers.view(parsed, me), dossiers.history(parsed, me));
    }

    @Operation(summary = "The caller's work queue, most urgent first")
    @GetMapping(BASE)
    List<Map<String, Object>> queue(@AuthenticationPrincipal OfficeMember me) {
        return dossiers.queue(me, 200).stream().map(q -> Map.<String, Object>of("code", q.dossier().code().value(),
                "status", q.dossier().status().name(), "promisedAt", q.dossier().clock().promisedAt(),
                "timeliness", q.verdict().timeliness().name(), "procedureName", q.dossier().procedure().name())).toList();
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
        var b = body == null ? new DossierJson.TransitionBody(null, null, null, null, null, null, null, null, null, null, null, null, null) : body;
        TransitionLimits.check(b.note(), b.question(), b.agency(), b.unit(), b.items(), b.workingDays(), b.newDueAt());
        Long version = b.version() != null ? b.version() : ifMatch == null ? null : parseVersion(ifMatch);
        DossierCode parsed = code(code);
        var competent = dossiers.registeredAgency(b.competentOffice());
        var consulted = dossiers.registeredAgency(b.consultedOffice());
        dossiers.act(parsed, version, me, action(transition, b, competent, consulted));
        return dossier(me, code);
    }

    private static BiConsumer<Dossier, Dossiers.Context> action(String transition, DossierJson.TransitionBody b,
            vn.motcua.organization.domain.AgencyCode competent, vn.motcua.organization.domain.AgencyCode consulted) {
        return switch (transition) {
            case "transfer" -> (d, c) -> d.transfer(c.officer(), c.now(), c.calendar(), c.rules(), b.unit(), competent);
            case "hand-over" -> (d, c) -> d.handOver(c.officer(), c.now(), c.calendar(), b.note());
            case "submit" -> (d, c) -> d.submitForApproval(c.officer(), c.now(), c.calendar());
            case "send-back" -> (d, c) -> d.sendBack(c.officer(), c.now(), b.note());
            case "approve" -> (d, c) -> d.approve(c.officer(), c.now(), c.calendar());
            case "result-ready" -> (d, c) -> d.resultReady(c.officer(), c.now());
            case "return" -> (d, c) -> d.returnResult(c.officer(), c.now(), channel(b.through()));
            case "supplement-request" -> (d, c) -> d.requestSupplement(c.officer(), c.now(), c.calendar(), c.rules(),
                    b.items() == null ? List.of() : b.items());
            case "supplement-received" -> (d, c) -> d.supplementReceived(c.officer(), c.now(), c.calendar());
            case "refuse" -> (d, c) -> d.refuse(c.officer(), c.now(), b.note());
            case "apology" -> (d, c) -> {
                if (b.newDueAt() == null) {
                    throw new BadParameterException("newDueAt", "The new appointment is required");
                }
                d.apologise(c.officer(), c.now(), c.calendar(), b.newDueAt(), b.note());
            };
            case "stop" -> (d, c) -> d.stop(c.officer(), c.now(), b.note());
            case "consult" -> (d, c) -> d.consult(c.officer(), c.now(), c.calendar(),
                    b.agency() == null || b.agency().isBlank() ? b.consultedOffice() : b.agency(), consulted, direction(b.direction()),
                    b.question(), b.workingDays() == null ? 5 : b.workingDays());
            case "consultation-answer" -> (d, c) -> d.answerConsultation(c.officer(), c.now(),
                    b.number() == null ? 0 : b.number(), b.note());
            default -> throw new NotFoundException("No transition " + transition);
        };
    }

    private static Channel channel(String through) {
        try {
            return Channel.valueOf(through == null ? "COUNTER" : through.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("through", "COUNTER, POST or ONLINE");
        }
    }

    private static Consultation.Direction direction(String direction) {
        try {
            return Consultation.Direction.valueOf(direction == null ? "HORIZONTAL" : direction.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("direction", "HORIZONTAL or VERTICAL");
        }
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
    static String canonical(DossierJson.AcceptBody body) {
        return JSON.writeValueAsString(body);
    }
}
