package vn.motcua.citizen.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.citizen.OnlineSubmissions;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.citizen.domain.SubmissionContact;
import vn.motcua.citizen.domain.SubmittedPaper;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.NotFoundException;

/**
 * Online submission for apps ({@code /api/v1/citizen/submissions}), with a bearer token of the citizens' identity
 * provider: the same path and rules as the pages. An incomplete dossier is a 422 problem listing every problem; a
 * dossier in the wrong state for the request a 409.
 */
@RestController
@Tag(name = "Citizen", description = "The signed-in citizen's dossiers and papers (bearer token of the identity provider)")
@SecurityRequirement(name = "citizenBearer")
class OnlineSubmissionApi {

    private static final String BASE = "/api/v1/citizen/submissions";
    private static final String DRAFT_EXAMPLE = """
            {"declaration": {"childFullName": "Nguyễn Văn Bé", "childBirthDate": "28/11/2026", "childSex": "Nam"},
             "phone": "0912345678", "email": "an@example.vn", "address": "Thôn 2, xã Vĩnh Thạnh"}""";

    private final OnlineSubmissions submissions;

    OnlineSubmissionApi(OnlineSubmissions submissions) {
        this.submissions = submissions;
    }

    /** What a draft is started for. */
    record Start(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1.001193") String procedure,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "H99.06") String office) {
    }

    /** The e-form's values (by field key) and the citizen's contact, as typed. */
    record Draft(@Schema(example = "{\"childFullName\": \"Nguyễn Văn Bé\", \"childBirthDate\": \"28/11/2026\"}")
            Map<String, String> declaration, @Schema(example = "0912345678") String phone,
            @Schema(example = "an@example.vn") String email, @Schema(example = "Thôn 2, xã Vĩnh Thạnh") String address) {
    }

    /** A paper of the citizen's store to add to the dossier as the named paper of the checklist. */
    record Reuse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Giấy chứng sinh") String paper,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID documentId) {
    }

    /** A file of the dossier. */
    record File(int position, String paper, UUID documentId, String fileName, String contentType, long size, int round,
            boolean reused) {
        static File of(int position, SubmittedPaper p) {
            return new File(position, p.paper(), p.documentId(), p.fileName(), p.contentType(), p.size(), p.round(), p.reused());
        }
    }

    /** An online dossier as the citizen sees it. */
    record Submission(UUID id, String procedure, String procedureName, String office,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OnlineSubmission.Status status, String dossierCode,
            int round, Instant submittedAt, LocalDateTime receivedAt, LocalDateTime checkDueAt,
            Map<String, String> declaration, SubmissionContact contact, List<File> files,
            @Schema(description = "The supplement items asked for, or the reasons of a refusal") List<String> answer) {
        static Submission of(OnlineSubmission s) {
            var files = new java.util.ArrayList<File>();
            for (int i = 0; i < s.papers().size(); i++) {
                files.add(File.of(i, s.papers().get(i)));
            }
            return new Submission(s.id(), s.procedure(), s.procedureName(), s.office(), s.status(), s.dossierCode(),
                    s.round(), s.submittedAt(), s.receivedAt(), s.checkDueAt(), s.declaration(), s.contact(), files, s.answer());
        }
    }

    @Operation(summary = "The citizen's online dossiers (drafts included), last changed first")
    @GetMapping(BASE)
    List<Submission> list(@AuthenticationPrincipal UUID account) {
        return submissions.mine(account).stream().map(Submission::of).toList();
    }

    @Operation(summary = "Starts a draft of a procedure offered online at an office, its form prefilled from the identity")
    @PostMapping(BASE)
    ResponseEntity<Submission> start(@AuthenticationPrincipal UUID account,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = "{\"procedure\": \"1.001193\", \"office\": \"H99.06\"}")))
            @RequestBody Start start) {
        if (start == null || start.procedure() == null || start.office() == null) {
            throw new InvalidValueException("submission.startRequired", "Give the procedure and the office");
        }
        ProcedureCode procedure;
        try {
            procedure = ProcedureCode.of(start.procedure());
        } catch (RuntimeException e) {
            throw new InvalidValueException("procedure.unknown", "No procedure " + start.procedure());
        }
        var draft = submissions.start(account, procedure, AgencyCode.of(start.office()));
        return ResponseEntity.created(URI.create(BASE + "/" + draft.id())).body(Submission.of(draft));
    }

    @Operation(summary = "One of the citizen's online dossiers; 404 for anyone else's")
    @GetMapping(BASE + "/{id}")
    Submission one(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id) {
        return Submission.of(mine(account, id));
    }

    @Operation(summary = "Saves the e-form's values and the contact (checked in full when sent)")
    @PutMapping(BASE + "/{id}")
    Submission save(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = DRAFT_EXAMPLE)))
            @RequestBody Draft draft) {
        mine(account, id);
        var body = draft == null ? new Draft(Map.of(), null, null, null) : draft;
        return Submission.of(submissions.save(account, id, body.declaration(),
                new SubmissionContact(body.phone(), body.email(), body.address())));
    }

    @Operation(summary = "Uploads a file (PDF, JPEG or PNG by content, at most 10 MB) as a paper of the dossier; it is kept in the citizen's store too")
    @PostMapping(path = BASE + "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Submission> upload(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id,
            @Parameter(description = "The paper of the checklist", required = true, example = "Giấy chứng sinh")
            @RequestParam(required = false) String paper, @RequestParam(required = false) MultipartFile file)
            throws IOException {
        mine(account, id);
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("file.empty", "The file is empty or missing");
        }
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Submission.of(submissions.upload(account, id, paper, file.getOriginalFilename(), in)));
        }
    }

    @Operation(summary = "Adds a paper of the citizen's store to the dossier")
    @PostMapping(path = BASE + "/{id}/files", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Submission> reuse(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = "{\"paper\": \"Giấy chứng sinh\", \"documentId\": \"3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41\"}")))
            @RequestBody Reuse reuse) {
        mine(account, id);
        if (reuse == null || reuse.documentId() == null) {
            throw new InvalidValueException("document.notFound", "Name the paper of your store");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Submission.of(submissions.reuse(account, id, reuse.paper(), reuse.documentId())));
    }

    @Operation(summary = "Takes a file out of the dossier (not one already sent)")
    @DeleteMapping(BASE + "/{id}/files/{position}")
    Submission remove(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id,
            @Parameter(example = "0") @PathVariable int position) {
        mine(account, id);
        return Submission.of(submissions.removePaper(account, id, position));
    }

    @Operation(summary = "Sends the dossier (or its supplement): its code is issued, it counts as received at the next "
            + "working session; once per Idempotency-Key; 422 with every problem when incomplete")
    @PostMapping(BASE + "/{id}/submit")
    Submission submit(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id,
            @Parameter(description = "A key of the client's choosing; a repeated request with it gets the same answer",
                    example = "c2f5e1f0-2b7a-4c61-9f0e-8d1a2b3c4d5e")
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        mine(account, id);
        return Submission.of(submissions.submit(account, id, key));
    }

    @Operation(summary = "Deletes a draft never sent")
    @DeleteMapping(BASE + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void discard(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id) {
        mine(account, id);
        submissions.discard(account, id);
    }

    private OnlineSubmission mine(UUID account, UUID id) {
        return submissions.find(account, id).orElseThrow(() -> new NotFoundException("No online dossier " + id));
    }
}
