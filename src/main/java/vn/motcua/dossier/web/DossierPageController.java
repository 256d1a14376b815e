package vn.motcua.dossier.web;

import java.time.LocalDateTime;
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
import vn.motcua.dossier.PaperDigitisation;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.TransitionRefusedException;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.TypedDate;
import vn.motcua.platform.domain.TypedTime;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.DateParameters;

/**
 * Staff pages of a dossier: with its control sheet, history
 * and the transitions the member may make now. A stale screen is told plainly and shown the newer state.
 */
@Controller
class DossierPageController {

    private final Dossiers dossiers;
    private final PaperDigitisation digitisation;

    DossierPageController(Dossiers dossiers, PaperDigitisation digitisation) {
        this.dossiers = dossiers;
        this.digitisation = digitisation;
    }

    /** The actions that move a dossier on along its path, in the order they come. */
    static final List<Action> FORWARD = List.of(Action.TRANSFER, Action.HAND_OVER, Action.SUBMIT_FOR_APPROVAL, Action.APPROVE,
            Action.RESULT_READY, Action.RETURN, Action.SUPPLEMENT_RECEIVED);

    @GetMapping("/ho-so/{code}")
    String dossier(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, Model model) {
        DossierCode parsed = code(code);
        DossierData d = dossiers.view(parsed, me);
        model.addAttribute("d", d);
        model.addAttribute("history", dossiers.history(parsed, me));
        model.addAttribute("scans", dossiers.scans(parsed, me));
        model.addAttribute("mayDigitise", digitisation.mayConfirm(d, me));
        model.addAttribute("papersDigitised", digitisation.papers(d));
        // exactly what the dossier's rules allow now; answers to consultations have their own forms
        var actions = dossiers.allowedActions(d, me).stream().filter(a -> a != Action.CONSULTATION_ANSWERED).toList();
        model.addAttribute("actions", actions);
        // the step each button closes and where it sends the dossier; the one action that moves it on stands out
        model.addAttribute("handOvers", dossiers.handOvers(d, me));
        model.addAttribute("primary", FORWARD.stream().filter(actions::contains).findFirst().orElse(null));
        model.addAttribute("answerable", dossiers.answerableConsultations(d, me).stream().map(c -> c.number()).toList());
        model.addAttribute("consultable", dossiers.consultable(me));
        return "dossier/dossier";
    }

    /** The desk confirms a scan was checked against the original paper (số hóa). */
    @org.springframework.web.bind.annotation.PostMapping("/ho-so/{code}/ban-quet/{id}/so-hoa")
    String digitised(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @PathVariable String id,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        DossierCode parsed = code(code);
        try {
            redirect.addFlashAttribute("digitised", digitisation.confirm(parsed, scanId(id), me));
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("digitiseError", e.code());
        }
        return "redirect:/ho-so/" + parsed.value();
    }

    private static java.util.UUID scanId(String id) {
        try {
            return java.util.UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No scan " + id);
        }
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
            @RequestParam(required = false) String newDueAt, @RequestParam(required = false) String newDueDate,
            @RequestParam(required = false) String newDueTime, @RequestParam(required = false) String through,
            @RequestParam(required = false) String agency, @RequestParam(required = false) Integer workingDays,
            @RequestParam(defaultValue = "HORIZONTAL") String direction, @RequestParam(required = false) String competentOffice,
            @RequestParam(required = false) Integer number, @RequestParam(required = false) String consultedOffice,
            @RequestParam(required = false) String recipientName, @RequestParam(required = false) String recipientIdNumber,
            RedirectAttributes flash) {
        DossierCode parsed = code(code);
        Action chosen = Commands.action(action);
        try {
            var competent = dossiers.registeredAgency(competentOffice);
            var consulted = dossiers.registeredAgency(consultedOffice);
            String consultedName = consulted != null && (agency == null || agency.isBlank()) ? dossiers.nameOf(consulted) : agency;
            boolean supplement = chosen == Action.REQUEST_SUPPLEMENT;
            var command = Commands.of(chosen, new Commands.Arguments(supplement ? null : note,
                    supplement ? (note == null ? List.of() : note.lines().toList()) : null,
                    chosen == Action.APOLOGISE ? dateTime(newDueAt, newDueDate, newDueTime) : null, through, chosen == Action.TRANSFER ? note : null,
                    consultedName, direction, chosen == Action.CONSULT ? note : null, workingDays, number, competent, consulted,
                    recipientName, recipientIdNumber));
            dossiers.apply(parsed, version, me, command);
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

    /** The new appointment: a day typed day first and a time on the 24-hour clock, or one ISO date-time. */
    private static LocalDateTime dateTime(String iso, String day, String time) {
        if (day == null || day.isBlank()) {
            return DateParameters.dateTime("newDueAt", iso);
        }
        try {
            return DateParameters.supported("newDueAt", TypedDate.parse(day)).atTime(TypedTime.parse(time));
        } catch (InvalidValueException e) {
            throw new BadParameterException("newDueAt", e.getMessage());
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
