package vn.motcua.citizen.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.citizen.CitizenAccounts;
import vn.motcua.citizen.OnlineSubmissions;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.citizen.domain.SubmissionContact;
import vn.motcua.citizen.domain.SubmissionIncompleteException;
import vn.motcua.citizen.security.CitizenPrincipal;
import vn.motcua.documents.Slips;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * "Nộp trực tuyến": the citizen picks the office, fills the e-form and the papers on one page (each paper uploaded or
 * picked from their store), saves the draft or sends it; answers a supplement request on the same page; downloads
 * form 02 or 03 when the desk issued one. Only their own submissions.
 */
@Controller
class OnlineSubmissionController {

    static final String START = "/cong-dan/nop";
    static final String PAGE = "/cong-dan/nop-truc-tuyen";

    private final OnlineSubmissions submissions;
    private final CitizenAccounts accounts;
    private final SubmissionPages pages;
    private final Slips slips;

    OnlineSubmissionController(OnlineSubmissions submissions, CitizenAccounts accounts, SubmissionPages pages, Slips slips) {
        this.submissions = submissions;
        this.accounts = accounts;
        this.pages = pages;
        this.slips = slips;
    }

    @GetMapping(START + "/{procedure}")
    String chooseOffice(@PathVariable String procedure, Model model) {
        var code = procedure(procedure);
        var version = submissions.onlineVersion(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("v", version);
        model.addAttribute("offices", submissions.offices(code));
        return "citizen/submit-start";
    }

    @PostMapping(START + "/{procedure}")
    String start(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable String procedure,
            @RequestParam(required = false) String office, Model model) {
        var code = procedure(procedure);
        try {
            var draft = submissions.start(citizen.accountId(), code, AgencyCode.of(office == null ? "" : office));
            return "redirect:" + PAGE + "/" + draft.id();
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
            return chooseOffice(procedure, model);
        }
    }

    @GetMapping(PAGE + "/{id}")
    String show(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable UUID id, Model model) {
        pages.fill(model, mine(citizen, id), Map.of(), null);
        return "citizen/submission";
    }

    /** Saves what was typed, adds the files given and the papers picked, then sends the dossier when asked. */
    @PostMapping(PAGE + "/{id}")
    String save(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable UUID id, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        UUID owner = citizen.accountId();
        mine(citizen, id);
        var problems = new LinkedHashMap<String, String>();
        SubmissionContact typed = null;
        try {
            typed = new SubmissionContact(request.getParameter("phone"), request.getParameter("email"),
                    request.getParameter("address"));
        } catch (InvalidValueException e) {
            problems.put(e.code().replace("contact.", ""), e.code());
        }
        var uploads = new ArrayList<OnlineSubmissions.Upload>();
        var open = new ArrayList<InputStream>();
        try {
            var reuses = new LinkedHashMap<Integer, UUID>();
            for (int i = 0; i < MAX_PAPERS; i++) {
                String reuse = request.getParameter("reuse." + i);
                if (reuse != null && !reuse.isBlank()) {
                    try {
                        reuses.put(i, UUID.fromString(reuse));
                    } catch (IllegalArgumentException e) {
                        problems.put("paper." + i, "document.notFound");
                    }
                }
                if (request instanceof MultipartHttpServletRequest multipart) {
                    for (MultipartFile file : multipart.getFiles("file." + i)) {
                        String name = file.getOriginalFilename();
                        if (file.isEmpty() && (name == null || name.isBlank())) {
                            continue;
                        }
                        if (file.isEmpty()) {
                            problems.put("paper." + i, "file.empty");
                            continue;
                        }
                        InputStream in = file.getInputStream();
                        open.add(in);
                        uploads.add(new OnlineSubmissions.Upload(i, name, in));
                    }
                }
            }
            var changed = submissions.change(owner, id, new OnlineSubmissions.Change(declaration(request), typed,
                    number(request.getParameter("remove")), reuses, uploads));
            changed.problems().forEach(problems::putIfAbsent);
            if ("submit".equals(request.getParameter("action")) && problems.isEmpty()) {
                var sent = submissions.submit(owner, id, request.getParameter("submitKey"));
                redirect.addFlashAttribute("sent", sent.round() > 1 ? "supplemented" : "submitted");
                return "redirect:" + PAGE + "/" + id;
            }
        } catch (SubmissionIncompleteException e) {
            e.problems().forEach(p -> problems.put(p.target(), p.code()));
        } catch (InvalidValueException e) {
            problems.put("form", e.code());
        } catch (IOException e) {
            problems.put("form", "file.unreadable");
        } finally {
            open.forEach(OnlineSubmissionController::close);
        }
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PAGE + "/" + id;
        }
        pages.fill(model, submissions.find(owner, id).orElseThrow(), problems, typed);
        return "citizen/submission";
    }

    /** The most papers a checklist offers to upload (its own and "other papers"). */
    private static final int MAX_PAPERS = 30;

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the request's temporary file goes with the request
        }
    }

    @PostMapping(PAGE + "/{id}/xoa")
    String discard(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            submissions.discard(citizen.accountId(), id);
            redirect.addFlashAttribute("discarded", true);
            return "redirect:" + CitizenDossiersController.PAGE;
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
            return "redirect:" + PAGE + "/" + id;
        }
    }

    /** Form 02 or 03 the desk issued for this dossier. */
    @GetMapping(PAGE + "/{id}/phieu.pdf")
    ResponseEntity<byte[]> slip(@AuthenticationPrincipal CitizenPrincipal citizen, @PathVariable UUID id) {
        var submission = mine(citizen, id);
        var person = accounts.find(citizen.accountId()).orElseThrow().identity().idNumber();
        return pages.slipOf(submission).flatMap(slipId -> slips.counterSlipPdfForPerson(slipId, person))
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename("phieu-" + submission.dossierCode() + ".pdf").build().toString())
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private OnlineSubmission mine(CitizenPrincipal citizen, UUID id) {
        return submissions.find(citizen.accountId(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<String, String> declaration(HttpServletRequest request) {
        var values = new LinkedHashMap<String, String>();
        request.getParameterMap().forEach((name, given) -> {
            if (name.startsWith("d.") && given.length > 0) {
                values.put(name.substring(2), given[0]);
            }
        });
        return values;
    }

    private static ProcedureCode procedure(String code) {
        try {
            return ProcedureCode.of(code);
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
