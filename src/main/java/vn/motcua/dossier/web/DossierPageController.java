package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.TransitionRefusedException;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;

/**
 * Staff pages of dossiers: the work queue, most urgent first, and a dossier with its control sheet, history
 * and the transitions the member may make now. A stale screen is told plainly and shown the newer state.
 */
@Controller
class DossierPageController {

    private final Dossiers dossiers;

    DossierPageController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/ho-so")
    String queue(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("queue", dossiers.queue(me, 200));
        return "dossier/queue";
    }

    @GetMapping("/ho-so/{code}")
    String dossier(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, Model model) {
        DossierCode parsed = code(code);
        DossierData d = dossiers.view(parsed, me);
        model.addAttribute("d", d);
        model.addAttribute("history", dossiers.history(parsed, me));
        model.addAttribute("scans", dossiers.scans(parsed, me));
        var office = vn.motcua.organization.domain.AgencyCode.of(me.officeCode());
        boolean handles = office.equals(d.office()) || office.equals(d.competentOffice());
        model.addAttribute("actions", Arrays.stream(Action.values())
                .filter(a -> handles && a.allowedFrom(d.status()) && me.holds(a.duty().name()) && a != Action.CONSULTATION_ANSWERED)
                .toList());
        // The consulted agency answers what was addressed to it; the dossier's own staff record answers from outside.
        model.addAttribute("answerable", d.consultations().stream()
                .filter(c -> c.isOpen() && (c.isAddressedTo(office) || handles && c.agencyCode() == null))
                .map(c -> c.number()).toList());
        model.addAttribute("consultable", dossiers.consultable(me));
        return "dossier/dossier";
    }

    @GetMapping("/ho-so/{code}/ban-quet/{id}")
    org.springframework.http.ResponseEntity<byte[]> scan(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @PathVariable String id) {
        java.util.UUID uuid;
        try {
            uuid = java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No scan " + id);
        }
        var scan = dossiers.scan(code(code), uuid, me);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(scan.contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .inline().filename(scan.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(scan.content());
    }

    @PostMapping("/ho-so/{code}/{action}")
    String act(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @PathVariable String action,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String note,
            @RequestParam(required = false) String newDueAt, @RequestParam(required = false) String through,
            @RequestParam(required = false) String agency, @RequestParam(required = false) Integer workingDays,
            @RequestParam(defaultValue = "HORIZONTAL") String direction, @RequestParam(required = false) String competentOffice,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) String consultedOffice,
            RedirectAttributes flash) {
        DossierCode parsed = code(code);
        Action chosen = action(action);
        try {
            boolean supplement = chosen == Action.REQUEST_SUPPLEMENT;
            TransitionLimits.check(supplement ? null : note, null, agency, null, supplement && note != null ? note.lines().toList() : null,
                    workingDays, null);
            var competent = dossiers.registeredAgency(competentOffice);
            var consulted = dossiers.registeredAgency(consultedOffice);
            String consultedName = consulted != null && (agency == null || agency.isBlank()) ? dossiers.nameOf(consulted) : agency;
            dossiers.act(parsed, version, me, (d, c) -> {
                switch (chosen) {
                    case ACCEPT -> throw new NotFoundException("A dossier is accepted at the reception screen");
                    case TRANSFER -> d.transfer(c.officer(), c.now(), c.calendar(), c.rules(), note, competent);
                    case HAND_OVER -> d.handOver(c.officer(), c.now(), c.calendar(), note);
                    case SUBMIT_FOR_APPROVAL -> d.submitForApproval(c.officer(), c.now(), c.calendar());
                    case SEND_BACK -> d.sendBack(c.officer(), c.now(), note);
                    case APPROVE -> d.approve(c.officer(), c.now(), c.calendar());
                    case RESULT_READY -> d.resultReady(c.officer(), c.now());
                    case RETURN -> d.returnResult(c.officer(), c.now(),
                            vn.motcua.catalogue.domain.Channel.valueOf(through == null ? "COUNTER" : through));
                    case REQUEST_SUPPLEMENT -> d.requestSupplement(c.officer(), c.now(), c.calendar(), c.rules(),
                            note == null ? List.of() : note.lines().toList());
                    case SUPPLEMENT_RECEIVED -> d.supplementReceived(c.officer(), c.now(), c.calendar());
                    case REFUSE -> d.refuse(c.officer(), c.now(), note);
                    case APOLOGISE -> d.apologise(c.officer(), c.now(), c.calendar(), dateTime(newDueAt), note);
                    case STOP -> d.stop(c.officer(), c.now(), note);
                    case CONSULT -> d.consult(c.officer(), c.now(), c.calendar(), consultedName, consulted,
                            vn.motcua.dossier.domain.Consultation.Direction.valueOf(direction), note,
                            workingDays == null ? 5 : workingDays);
                    case CONSULTATION_ANSWERED -> d.answerConsultation(c.officer(), c.now(), number == null ? 0 : number, note);
                }
            });
            flash.addFlashAttribute("done", chosen.name());
        } catch (TransitionRefusedException e) {
            flash.addFlashAttribute("refusal", e.reason().name());
            flash.addFlashAttribute("refusalDetail", e.getMessage());
        } catch (BadParameterException e) {
            flash.addFlashAttribute("refusal", "BAD_INPUT");
            flash.addFlashAttribute("refusalField", e.parameter());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("refusal", "BAD_INPUT");
            if (e instanceof InvalidValueException invalid) {
                flash.addFlashAttribute("refusalField", invalid.code().replaceAll("\\..*$", ""));
            }
        }
        return "redirect:/ho-so/" + parsed.value();
    }

    private static LocalDateTime dateTime(String text) {
        return vn.motcua.platform.web.DateParameters.dateTime("newDueAt", text);
    }

    private static Action action(String path) {
        try {
            return Action.valueOf(path.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No action " + path);
        }
    }

    private static DossierCode code(String code) {
        try {
            return DossierCode.of(code);
        } catch (InvalidValueException e) {
            throw new NotFoundException("No dossier " + code);
        }
    }

}
