package vn.motcua.citizen.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.citizen.CitizenAccounts;
import vn.motcua.citizen.CitizenDocuments;
import vn.motcua.citizen.domain.CitizenDocument;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.NotFoundException;

/**
 * The citizen's own dossiers and papers for apps ({@code /api/v1/citizen/...}), with a bearer token of the citizens'
 * identity provider; the same rules as the pages. Errors are RFC 9457 problems.
 */
@RestController
@Tag(name = "Citizen", description = "The signed-in citizen's dossiers and papers (bearer token of the identity provider)")
@SecurityRequirement(name = "citizenBearer")
@SecurityScheme(name = "citizenBearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the citizens' identity provider (VNeID; in the demo, /demo-idp)")
class CitizenApi {

    private static final String BASE = "/api/v1/citizen";

    private final CitizenAccounts accounts;
    private final PublicDossiers dossiers;
    private final CitizenDocuments documents;

    CitizenApi(CitizenAccounts accounts, PublicDossiers dossiers, CitizenDocuments documents) {
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.documents = documents;
    }

    /** Who the token names, as the provider asserted it; the ID number masked. */
    record Me(String fullName, String idNumber, LocalDate birthDate) {
    }

    /** A paper in the citizen's store. */
    record Paper(UUID id, String kind, String fileName, String contentType, long size, CitizenDocument.Origin origin,
            Instant addedAt) {
        static Paper of(CitizenDocument d) {
            return new Paper(d.id(), d.kind(), d.fileName(), d.contentType(), d.size(), d.origin(), d.addedAt());
        }
    }

    @Operation(summary = "The signed-in citizen")
    @GetMapping(BASE + "/me")
    Me me(@AuthenticationPrincipal UUID account) {
        var identity = accounts.find(account).orElseThrow(() -> new NotFoundException("No account")).identity();
        return new Me(identity.fullName(), identity.idNumber().masked(), identity.birthDate());
    }

    @Operation(summary = "The dossiers that name the citizen (applicant or representative), newest first, at most 200")
    @GetMapping(BASE + "/dossiers")
    List<PublicDossiers.View> dossiers(@AuthenticationPrincipal UUID account) {
        return dossiers.ofPerson(person(account));
    }

    @Operation(summary = "One of the citizen's dossiers with its steps; 404 for anyone else's")
    @GetMapping(BASE + "/dossiers/{code}")
    PublicDossiers.View dossier(@AuthenticationPrincipal UUID account,
            @Parameter(example = "H99.01-261202-0001") @PathVariable String code) {
        DossierCode dossier;
        try {
            dossier = new DossierCode(code);
        } catch (RuntimeException e) {
            throw new NotFoundException("No dossier " + code);
        }
        return dossiers.forPerson(dossier, person(account)).orElseThrow(() -> new NotFoundException("No dossier " + code));
    }

    @Operation(summary = "The papers kept in the citizen's store, newest first")
    @GetMapping(BASE + "/documents")
    List<Paper> papers(@AuthenticationPrincipal UUID account) {
        return documents.kept(account).stream().map(Paper::of).toList();
    }

    @Operation(summary = "Adds a paper: PDF, JPEG or PNG by its content, at most 10 MB; 400 problem otherwise")
    @PostMapping(path = BASE + "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Paper> add(@AuthenticationPrincipal UUID account,
            @Parameter(description = "Which paper", required = true, example = "Giấy khai sinh") @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("file.empty", "The file is empty or missing");
        }
        try (InputStream in = file.getInputStream()) {
            var paper = Paper.of(documents.upload(account, kind, file.getOriginalFilename(), in));
            return ResponseEntity.created(URI.create(BASE + "/documents/" + paper.id())).body(paper);
        }
    }

    @Operation(summary = "A paper's file; 404 for anyone else's")
    @GetMapping(BASE + "/documents/{id}")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id) {
        var download = documents.download(account, id).orElseThrow(() -> new NotFoundException("No paper " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.document().contentType()))
                .contentLength(download.document().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.content()));
    }

    @Operation(summary = "Deletes the citizen's own upload; issued results and counter scans are kept (400 problem)")
    @DeleteMapping(BASE + "/documents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal UUID account,
            @Parameter(example = "3f0c8a52-7d1e-4b8e-9a57-2f1d6c0b9e41") @PathVariable UUID id) {
        documents.find(account, id).orElseThrow(() -> new NotFoundException("No paper " + id));
        documents.delete(account, id);
    }

    private PersonalIdNumber person(UUID account) {
        return accounts.find(account).orElseThrow(() -> new NotFoundException("No account")).identity().idNumber();
    }
}
