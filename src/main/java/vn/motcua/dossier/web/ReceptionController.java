package vn.motcua.dossier.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueQuery;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.dossier.AcceptRequest;
import vn.motcua.dossier.CounterSlip;
import vn.motcua.dossier.CounterSlips;
import vn.motcua.dossier.ReceptionDesk;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Scan;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.catalogue.ProcedurePage;
import vn.motcua.platform.domain.ControlCharacters;
import vn.motcua.platform.web.NotFoundException;

/**
 * The reception screen of a busy counter: find the procedure (typing without diacritics), fill the applicant,
 * tick the checklist, attach scans, and end with one of the three outcomes — accept (form 01), request a
 * supplement listing everything missing (form 02), or refuse with reasons (form 03).
 */
@Controller
@PreAuthorize("hasRole('RECEPTION')")
class ReceptionController {

    static final String PAGE = "/tiep-nhan";
    static final int MAX_SCANS = 20;

    private final Catalogue catalogue;
    private final ReceptionDesk desk;
    private final CounterSlips slips;

    ReceptionController(Catalogue catalogue, ReceptionDesk desk, CounterSlips slips) {
        this.catalogue = catalogue;
        this.desk = desk;
        this.slips = slips;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String q,
            @RequestParam(name = "thuTuc", required = false) String procedure, Model model) {
        if (procedure != null && !procedure.isBlank()) {
            var form = new ReceptionForm();
            form.setProcedureCode(procedure);
            ProcedureVersion version = version(procedure);
            for (int i = 0; i < version.documents().size(); i++) {
                form.getCopies().add(String.valueOf(version.documents().get(i).copies()));
            }
            return form(version, form, model);
        }
        model.addAttribute("q", q == null ? "" : q.substring(0, Math.min(q.length(), 200)));
        model.addAttribute("results", procedures(me, q));
        return "dossier/reception-search";
    }

    /** The results alone, for the search box that updates them as the officer types. */
    @GetMapping(PAGE + "/thu-tuc")
    String results(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("results", procedures(me, q));
        return "dossier/reception-search :: results";
    }

    /** The procedures the member's office receives that match the text, first 15. */
    private ProcedurePage procedures(OfficeMember me, String q) {
        String text = q == null ? "" : q.substring(0, Math.min(q.length(), 200));
        return catalogue.search(new CatalogueQuery(text, null, AgencyCode.of(me.officeCode()), 0, 15));
    }

    @PostMapping(PAGE)
    String receive(@AuthenticationPrincipal OfficeMember me, @ModelAttribute("form") ReceptionForm form, BindingResult errors,
            @RequestParam(defaultValue = "accept") String outcome,
            @RequestParam(name = "scans", required = false) List<MultipartFile> files, Model model) throws IOException {
        ProcedureVersion version = version(form.getProcedureCode());
        var reader = new ReceptionFormReader(form, version, errors);
        Applicant applicant = reader.applicant();
        return switch (outcome) {
            case "supplement" -> slip(CounterSlip.Kind.SUPPLEMENT_REQUEST, version, applicant, reader.missing(), "notes",
                    "reception.missing.none", me, form, errors, model);
            case "refuse" -> slip(CounterSlip.Kind.REFUSAL, version, applicant, reader.notes(), "notes",
                    "reception.reasons.required", me, form, errors, model);
            default -> accept(me, version, reader, applicant, files, form, errors, model);
        };
    }

    private String accept(OfficeMember me, ProcedureVersion version, ReceptionFormReader reader, Applicant applicant,
            List<MultipartFile> files, ReceptionForm form, BindingResult errors, Model model) throws IOException {
        var representative = reader.representative();
        var channel = reader.channel();
        var documents = reader.documents();
        var declaration = form.isAssisted() ? reader.declaration(applicant) : java.util.Map.<String, String>of();
        List<String> missing = reader.missing().stream().filter(m -> !reader.notes().contains(m)).toList();
        if (!missing.isEmpty()) {
            errors.rejectValue("ticked", "reception.documents.missing", new Object[] {String.join("; ", missing)}, "missing");
        }
        List<Scan> scans = scans(files, errors);
        if (errors.hasErrors()) {
            return form(version, form, model);
        }
        var accepted = desk.accept(new AcceptRequest(AgencyCode.of(me.officeCode()), version.code(), channel, applicant,
                representative, documents, declaration, form.isAssisted(), scans), me, submissionKey(form), "reception-screen");
        return "redirect:/ho-so/" + accepted.dossier().code().value() + (accepted.slipPrinted() ? "?moi" : "?moi&khongin");
    }

    private String slip(CounterSlip.Kind kind, ProcedureVersion version, Applicant applicant, List<String> items,
            String property, String emptyCode, OfficeMember me, ReceptionForm form, BindingResult errors, Model model) {
        if (items.isEmpty()) {
            errors.rejectValue(property, emptyCode);
        }
        if (errors.hasErrors()) {
            return form(version, form, model);
        }
        CounterSlip slip = slips.issue(kind, version.code(), applicant, items, me);
        return "redirect:/phieu/" + slip.id();
    }

    /** A double click or a resent form gives the same dossier, never a second one. */
    private static String submissionKey(ReceptionForm form) {
        String key = form.getSubmissionKey();
        return key == null || key.isBlank() || key.length() > 100 ? "screen-" + UUID.randomUUID() : "screen-" + key.strip();
    }

    private List<Scan> scans(List<MultipartFile> files, BindingResult errors) throws IOException {
        var scans = new ArrayList<Scan>();
        if (files == null) {
            return scans;
        }
        var present = files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (present.size() > MAX_SCANS) {
            errors.rejectValue("notes", "reception.scans.tooMany");
            return scans;
        }
        for (MultipartFile file : present) {
            // a file name is text from outside too (RFC 5987 names can carry any character)
            String name = ControlCharacters.removedFrom(file.getOriginalFilename());
            try {
                scans.add(Scan.of(name, file.getSize() > Scan.MAX_BYTES ? new byte[Scan.MAX_BYTES + 1] : file.getBytes()));
            } catch (InvalidValueException e) {
                errors.reject("reception." + e.code(), new Object[] {name}, e.getMessage());
            }
        }
        return scans;
    }

    @ExceptionHandler(MultipartException.class)
    String tooLarge(Model model) {
        model.addAttribute("uploadError", true);
        model.addAttribute("q", "");
        model.addAttribute("results", null);
        return "dossier/reception-search";
    }

    private String form(ProcedureVersion version, ReceptionForm form, Model model) {
        model.addAttribute("procedure", version);
        model.addAttribute("form", form);
        return "dossier/reception";
    }

    private ProcedureVersion version(String code) {
        try {
            return catalogue.versionOn(ProcedureCode.of(code), catalogue.today())
                    .orElseThrow(() -> new NotFoundException("No procedure " + code));
        } catch (InvalidValueException e) {
            throw new NotFoundException("No procedure " + code);
        }
    }
}
