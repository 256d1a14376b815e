package vn.motcua.citizen.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.citizen.OnlineInbox;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.platform.security.OfficeMember;

/**
 * The desk's online inbox for staff clients ({@code /api/v1/online-inbox}): the same list and the same three outcomes
 * as the page, for receptionists of the office the dossier was sent to.
 */
@RestController
@Tag(name = "Online inbox", description = "Dossiers sent online, waiting for the desk's completeness check (staff)")
class OnlineInboxApi {

    private static final String BASE = "/api/v1/online-inbox";
    private static final String ANSWER_EXAMPLE = "{\"items\": [\"Giấy xác nhận nơi sinh của trẻ\"]}";

    private final OnlineInbox inbox;

    OnlineInboxApi(OnlineInbox inbox) {
        this.inbox = inbox;
    }

    /** A dossier waiting for its check; {@code minutesLeft} of working time, negative when overdue. */
    record Waiting(UUID id, String dossierCode, String procedure, String procedureName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OnlineSubmission.Status status, int round,
            LocalDateTime receivedAt, LocalDateTime checkDueAt, long minutesLeft, boolean overdue, int files) {
        static Waiting of(OnlineInbox.Waiting w) {
            var s = w.submission();
            return new Waiting(s.id(), s.dossierCode(), s.procedure(), s.procedureName(), s.status(), s.round(),
                    s.receivedAt(), s.checkDueAt(), w.minutesLeft(), w.overdue(), s.papers().size());
        }
    }

    /** The items a supplement asks for, or the reasons of a refusal: at least one, at most 30. */
    record Answer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"Giấy xác nhận nơi sinh của trẻ\"]")
            List<String> items) {
    }

    /** What a decision issued: the dossier code, and the slip (form 02 or 03) when one was issued. */
    record Decided(String dossierCode, Long slipId) {
    }

    @Operation(summary = "Dossiers sent online to the member's office and waiting for the check, received first first")
    @GetMapping(BASE)
    List<Waiting> waiting(@AuthenticationPrincipal OfficeMember me) {
        return inbox.waiting(me).stream().map(Waiting::of).toList();
    }

    @Operation(summary = "Accepts the dossier (form 01): the appointment counts from when it counted as received")
    @PostMapping(BASE + "/{id}/accept")
    Decided accept(@AuthenticationPrincipal OfficeMember me,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id) {
        return new Decided(inbox.accept(me, id).value(), null);
    }

    @Operation(summary = "Asks for a supplement (form 02), listing every item")
    @PostMapping(BASE + "/{id}/supplement")
    Decided supplement(@AuthenticationPrincipal OfficeMember me,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = ANSWER_EXAMPLE)))
            @RequestBody Answer answer) {
        long slip = inbox.requestSupplement(me, id, answer == null ? List.of() : answer.items());
        return new Decided(inbox.find(me, id).submission().dossierCode(), slip);
    }

    @Operation(summary = "Refuses the dossier (form 03), with the reasons")
    @PostMapping(BASE + "/{id}/refuse")
    Decided refuse(@AuthenticationPrincipal OfficeMember me,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = ANSWER_EXAMPLE)))
            @RequestBody Answer answer) {
        long slip = inbox.refuse(me, id, answer == null ? List.of() : answer.items());
        return new Decided(inbox.find(me, id).submission().dossierCode(), slip);
    }
}
