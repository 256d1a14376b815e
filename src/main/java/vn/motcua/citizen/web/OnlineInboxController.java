package vn.motcua.citizen.web;

import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.citizen.OnlineInbox;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/**
 * The desk's online inbox, for receptionists: dossiers sent online to their office and waiting for the completeness
 * check, received first first, with the working time left; each opened with its e-form and files, then accepted,
 * asked for a supplement (form 02) or refused (form 03).
 */
@Controller
class OnlineInboxController {

    static final String PAGE = "/tiep-nhan/truc-tuyen";

    private final OnlineInbox inbox;
    private final Catalogue catalogue;

    OnlineInboxController(OnlineInbox inbox, Catalogue catalogue) {
        this.inbox = inbox;
        this.catalogue = catalogue;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("waiting", inbox.waiting(me));
        model.addAttribute("max", OnlineInbox.MAX_LISTED);
        return "citizen/inbox";
    }

    @GetMapping(PAGE + "/{id}")
    String show(@AuthenticationPrincipal OfficeMember me, @PathVariable UUID id, Model model) {
        var item = inbox.find(me, id);
        model.addAttribute("w", item);
        model.addAttribute("s", item.submission());
        model.addAttribute("form", catalogue.versionOn(ProcedureCode.of(item.submission().procedure()), catalogue.today())
                .map(v -> v.form()).orElse(List.of()));
        return "citizen/inbox-item";
    }

    @GetMapping(PAGE + "/{id}/tep/{position}")
    ResponseEntity<InputStreamResource> paper(@AuthenticationPrincipal OfficeMember me, @PathVariable UUID id,
            @PathVariable int position) {
        var papers = inbox.find(me, id).submission().papers();
        var file = papers.get(checked(position, papers.size()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(inbox.paper(me, id, position)));
    }

    @PostMapping(PAGE + "/{id}/tiep-nhan")
    String accept(@AuthenticationPrincipal OfficeMember me, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            var code = inbox.accept(me, id);
            redirect.addFlashAttribute("acceptedOnline", code.value());
            return "redirect:/ho-so/" + code.value();
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
            return "redirect:" + PAGE + "/" + id;
        }
    }

    @PostMapping(PAGE + "/{id}/bo-sung")
    String supplement(@AuthenticationPrincipal OfficeMember me, @PathVariable UUID id,
            @RequestParam(required = false) String items, RedirectAttributes redirect) {
        return answer(id, redirect, "supplement", () -> inbox.requestSupplement(me, id, lines(items)), items);
    }

    @PostMapping(PAGE + "/{id}/tu-choi")
    String refuse(@AuthenticationPrincipal OfficeMember me, @PathVariable UUID id,
            @RequestParam(required = false) String reasons, RedirectAttributes redirect) {
        return answer(id, redirect, "refusal", () -> inbox.refuse(me, id, lines(reasons)), reasons);
    }

    private String answer(UUID id, RedirectAttributes redirect, String kind, java.util.function.LongSupplier issue,
            String typed) {
        try {
            long slip = issue.getAsLong();
            redirect.addFlashAttribute("answered", kind);
            redirect.addFlashAttribute("slip", slip);
            return "redirect:" + PAGE;
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
            redirect.addFlashAttribute("errorField", kind);
            redirect.addFlashAttribute("typed", typed == null ? "" : typed.length() > 5000 ? typed.substring(0, 5000) : typed);
            return "redirect:" + PAGE + "/" + id;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(100).toList();
    }

    private static int checked(int position, int size) {
        if (position < 0 || position >= size) {
            throw new NotFoundException("No file " + position);
        }
        return position;
    }
}
