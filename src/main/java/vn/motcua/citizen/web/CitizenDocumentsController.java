package vn.motcua.citizen.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.citizen.CitizenDocuments;
import vn.motcua.citizen.domain.CitizenDocument;
import vn.motcua.citizen.security.CitizenPrincipal;
import vn.motcua.platform.domain.InvalidValueException;

/** "Kho giấy tờ": the signed-in citizen's papers, uploaded, listed, downloaded and deleted; nobody else's. */
@Controller
class CitizenDocumentsController {

    static final String PAGE = "/cong-dan/kho-giay-to";

    private final CitizenDocuments documents;

    CitizenDocumentsController(CitizenDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
        model.addAttribute("documents", rows(citizen));
        return "citizen/documents";
    }

    @PostMapping(PAGE)
    String upload(@AuthenticationPrincipal CitizenPrincipal citizen, @RequestParam(required = false) String kind,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidValueException("file.empty", "No file");
            }
            try (InputStream in = file.getInputStream()) {
                var added = documents.upload(citizen.accountId(), kind, file.getOriginalFilename(), in);
                redirect.addFlashAttribute("added", added.kind());
            }
            return "redirect:" + PAGE;
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorField", e.code().startsWith("document.kind") ? "kind" : "file");
            model.addAttribute("kind", kind == null ? "" : kind.length() > 500 ? kind.substring(0, 500) : kind);
            model.addAttribute("documents", rows(citizen));
            return "citizen/documents";
        } catch (IOException e) {
            model.addAttribute("error", "file.unreadable");
            model.addAttribute("errorField", "file");
            model.addAttribute("documents", rows(citizen));
            return "citizen/documents";
        }
    }

    private List<Row> rows(CitizenPrincipal citizen) {
        return documents.kept(citizen.accountId()).stream().map(Row::of).toList();
    }

    /** A paper as the list shows it: added in office time, size in kB or MB. */
    record Row(CitizenDocument document, String added, String size) {
        private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");

        static Row of(CitizenDocument document) {
            long bytes = document.size();
            String size = bytes >= 1 << 20 ? String.format("%.1f MB", bytes / 1048576.0)
                    : String.format("%d kB", Math.max(1, Math.round(bytes / 1024.0)));
            return new Row(document, ADDED.format(document.addedAt().atZone(OFFICE)), size);
        }
    }

    @GetMapping(PAGE + "/{id}")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable UUID id) {
        return documents.download(citizen.accountId(), id)
                .map(download -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(download.document().contentType()))
                        .contentLength(download.document().size())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(download.document().fileName(), StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(new InputStreamResource(download.content())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @PostMapping(PAGE + "/{id}/xoa")
    String delete(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            documents.delete(citizen.accountId(), id);
            redirect.addFlashAttribute("deleted", true);
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:" + PAGE;
    }
}
