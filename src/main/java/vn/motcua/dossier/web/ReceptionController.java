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
import org.springframework.web.multipart.MultipartRequest;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueQuery;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.dossier.AcceptRequest;
import vn.motcua.dossier.CounterSlip;
import vn.motcua.dossier.CounterSlips;
import vn.motcua.dossier.ReceptionDesk;
import vn.motcua.dossier.ReceptionScans;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Scan;
import vn.motcua.dossier.persistence.HeldScanRows;
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
    /** Form submissions are keyed apart from API requests' idempotency keys. */
    private static final String SCREEN = "screen-";

    private final Catalogue catalogue;
    private final ReceptionDesk desk;
    private final CounterSlips slips;
    private final ReceptionScans scans;

    ReceptionController(Catalogue catalogue, ReceptionDesk desk, CounterSlips slips, ReceptionScans scans) {
        this.catalogue = catalogue;
        this.scans = scans;
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
            @RequestParam(name = "dropScan", required = false) List<String> drop, MultipartRequest files, Model model)
            throws IOException {
        ProcedureVersion version = version(form.getProcedureCode());
        String key = submissionKey(form);
        form.setSubmissionKey(key.substring(SCREEN.length()));
        scans.drop(me, key, ids(drop));
        holdNewScans(me, key, version, files, errors);
        model.addAttribute("held", scans.held(me, key));
        var reader = new ReceptionFormReader(form, version, errors);
        Applicant applicant = reader.applicant();
        return switch (outcome) {
            case "supplement" -> slip(CounterSlip.Kind.SUPPLEMENT_REQUEST, version, applicant, reader.missing(), "notes",
                    "reception.missing.none", me, form, errors, model);
            case "refuse" -> slip(CounterSlip.Kind.REFUSAL, version, applicant, reader.notes(), "notes",
                    "reception.reasons.required", me, form, errors, model);
            default -> accept(me, version, reader, applicant, key, form, errors, model);
        };
    }

    private String accept(OfficeMember me, ProcedureVersion version, ReceptionFormReader reader, Applicant applicant,
            String key, ReceptionForm form, BindingResult errors, Model model) {
        var representative = reader.representative();
        var channel = reader.channel();
        var documents = reader.documents();
        var declaration = form.isAssisted() ? reader.declaration(applicant) : java.util.Map.<String, String>of();
        List<String> missing = reader.missing().stream().filter(m -> !reader.notes().contains(m)).toList();
        if (!missing.isEmpty()) {
            errors.rejectValue("ticked", "reception.documents.missing", new Object[] {String.join("; ", missing)}, "missing");
        }
        if (errors.hasErrors()) {
            return form(version, form, model);
        }
        var accepted = desk.accept(new AcceptRequest(AgencyCode.of(me.officeCode()), version.code(), channel, applicant,
                representative, documents, declaration, form.isAssisted(), scans.scans(me, key)), me, key, "reception-screen");
        scans.release(me, key);
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
        return key == null || !key.strip().matches("[A-Za-z0-9\\-]{8,80}") ? SCREEN + UUID.randomUUID() : SCREEN + key.strip();
    }

    private static List<UUID> ids(List<String> values) {
        var ids = new ArrayList<UUID>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                // a held scan that is not there is not dropped
            }
        }
        return ids;
    }

    /**
     * Holds the scans just attached, each under the paper it was attached to ({@code scan-<index of the checklist>}) or
     * none ({@code scans}); a file that is not a scan is named in the form's errors and not held.
     */
    private void holdNewScans(OfficeMember me, String key, ProcedureVersion version, MultipartRequest files,
            BindingResult errors) throws IOException {
        var papers = version.documents();
        for (var entry : files.getMultiFileMap().entrySet()) {
            String paper = null;
            if (entry.getKey().matches("scan-\\d{1,3}")) {
                int index = Integer.parseInt(entry.getKey().substring(5));
                if (index >= papers.size()) {
                    continue;
                }
                paper = papers.get(index).name();
            } else if (!entry.getKey().equals("scans")) {
                continue;
            }
            for (MultipartFile file : entry.getValue()) {
                if (file == null || file.isEmpty()) {
                    continue;
                }
                // a file name is text from outside too (RFC 5987 names can carry any character)
                String name = ControlCharacters.removedFrom(file.getOriginalFilename());
                try {
                    scans.hold(me, key, Scan.of(name, file.getSize() > Scan.MAX_BYTES ? new byte[Scan.MAX_BYTES + 1]
                            : file.getBytes()).forPaper(paper));
                } catch (InvalidValueException e) {
                    errors.reject("reception." + e.code(), new Object[] {name}, e.getMessage());
                }
            }
        }
    }

    @ExceptionHandler(MultipartException.class)
    String tooLarge(Model model) {
        model.addAttribute("uploadError", true);
        model.addAttribute("q", "");
        model.addAttribute("results", null);
        return "dossier/reception-search";
    }

    private String form(ProcedureVersion version, ReceptionForm form, Model model) {
        if (!model.containsAttribute("held")) {
            model.addAttribute("held", List.of());
        }
        // the held scans under the paper they digitise ("" for the others)
        @SuppressWarnings("unchecked")
        var held = (List<HeldScanRows.Held>) model.getAttribute("held");
        model.addAttribute("heldByPaper", held.stream().collect(java.util.stream.Collectors.groupingBy(
                h -> h.paper() == null ? "" : h.paper(), java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
        model.addAttribute("procedure", version);
        model.addAttribute("declarationLabels", version.form().stream().collect(java.util.stream.Collectors.toMap(
                f -> f.key(), f -> f.label(), (a, b) -> a)));
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
