package vn.motcua.citizen.web;

import java.io.IOException;
import java.io.InputStream;
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
        var submission = mine(citizen, id);
        var problems = new LinkedHashMap<String, String>();
        SubmissionContact typed = null;
        try {
            typed = new SubmissionContact(request.getParameter("phone"), request.getParameter("email"),
                    request.getParameter("address"));
        } catch (InvalidValueException e) {
            problems.put(e.code().replace("contact.", ""), e.code());
        }
        try {
            if (submission.status().editableByCitizen()) {
                submission = submissions.save(owner, id, declaration(request), typed != null ? typed : submission.contact());
            }
            String remove = request.getParameter("remove");
            if (remove != null) {
                submission = submissions.removePaper(owner, id, Integer.parseInt(remove));
            }
            addPapers(owner, id, request, problems);
            if ("submit".equals(request.getParameter("action")) && problems.isEmpty()) {
                var sent = submissions.submit(owner, id, request.getParameter("submitKey"));
                redirect.addFlashAttribute("sent", sent.round() > 1 ? "supplemented" : "submitted");
                return "redirect:" + PAGE + "/" + id;
            }
        } catch (SubmissionIncompleteException e) {
            e.problems().forEach(p -> problems.put(p.target(), p.code()));
        } catch (NumberFormatException e) {
            problems.put("form", "submission.paperNotFound");
        } catch (InvalidValueException e) {
            problems.put("form", e.code());
        }
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + PAGE + "/" + id;
        }
        pages.fill(model, submissions.find(owner, id).orElseThrow(), problems, typed);
        return "citizen/submission";
    }

    private void addPapers(UUID owner, UUID id, HttpServletRequest request, Map<String, String> problems) {
        var version = submissions.find(owner, id).map(s -> pages.uploadable(s)).orElseThrow();
        for (int i = 0; i < version.size(); i++) {
            String paper = version.get(i).name();
            String reuse = request.getParameter("reuse." + i);
            try {
                if (reuse != null && !reuse.isBlank()) {
                    submissions.reuse(owner, id, paper, UUID.fromString(reuse));
                }
                if (request instanceof MultipartHttpServletRequest multipart) {
                    for (MultipartFile file : multipart.getFiles("file." + i)) {
                        if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                            continue;
                        }
                        if (file.isEmpty()) {
                            throw new InvalidValueException("file.empty", "Empty file");
                        }
                        try (InputStream in = file.getInputStream()) {
                            submissions.upload(owner, id, paper, file.getOriginalFilename(), in);
                        }
                    }
                }
            } catch (InvalidValueException e) {
                problems.put("paper." + i, e.code());
            } catch (IllegalArgumentException e) {
                problems.put("paper." + i, "document.notFound");
            } catch (IOException e) {
                problems.put("paper." + i, "file.unreadable");
            }
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
