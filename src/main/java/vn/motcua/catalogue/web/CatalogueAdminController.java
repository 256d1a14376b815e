package vn.motcua.catalogue.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.CatalogueQuery;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.Procedure;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/**
 * For administrators: the catalogue with its import and export, a procedure's new version (top-level
 * administrators), and whether their own office receives a procedure and which agency decides it.
 */
@Controller
class CatalogueAdminController {

    private final Catalogue catalogue;

    CatalogueAdminController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/quan-tri/thu-tuc")
    String list(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Boolean mine, Model model) {
        String text = q == null ? "" : q.length() > CatalogueParameters.MAX_QUERY_LENGTH
                ? q.substring(0, CatalogueParameters.MAX_QUERY_LENGTH) : q;
        boolean onlyMine = Boolean.TRUE.equals(mine);
        var query = new CatalogueQuery(text, null, onlyMine ? AgencyCode.of(me.officeCode()) : null,
                page == null ? 0 : Math.max(0, page), CatalogueController.PAGE_SIZE);
        model.addAttribute("q", text);
        model.addAttribute("mine", onlyMine);
        model.addAttribute("result", catalogue.search(query));
        model.addAttribute("mayEdit", catalogue.mayEdit(me));
        return "catalogue/admin";
    }

    @GetMapping("/quan-tri/thu-tuc/{code}")
    String edit(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, Model model) {
        Procedure procedure = procedure(code);
        ProcedureVersion current = procedure.versionOn(catalogue.today()).orElse(procedure.latest());
        fill(me, procedure, ProcedureForm.of(current, catalogue.today()), model);
        return "catalogue/edit";
    }

    @PostMapping("/quan-tri/thu-tuc/{code}")
    String save(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @ModelAttribute("form") ProcedureForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Procedure procedure = procedure(code);
        if (!catalogue.mayEdit(me)) {
            throw new org.springframework.security.access.AccessDeniedException("read only");
        }
        if (form.getEffectiveFrom() == null && !errors.hasFieldErrors("effectiveFrom")) {
            errors.rejectValue("effectiveFrom", "procedureForm.required");
        } else if (form.getEffectiveFrom() != null && form.getEffectiveFrom().isBefore(catalogue.today())) {
            errors.rejectValue("effectiveFrom", "procedureForm.past");
        }
        ProcedureVersion version = errors.hasErrors() ? null
                : form.toVersion(procedure.code(), procedure.versionOn(form.getEffectiveFrom()).orElse(procedure.latest()), errors);
        if (version == null) {
            fill(me, procedure, form, model);
            return "catalogue/edit";
        }
        catalogue.saveVersion(version, me);
        flash.addFlashAttribute("saved", true);
        return "redirect:/quan-tri/thu-tuc/" + procedure.code().value();
    }

    @PostMapping("/quan-tri/thu-tuc/{code}/tiep-nhan")
    String offering(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean offered, @RequestParam(required = false) String competentAgency,
            RedirectAttributes flash) {
        Procedure procedure = procedure(code);
        try {
            catalogue.setOffering(AgencyCode.of(me.officeCode()), procedure.code(), offered, competentAgency, me);
            flash.addFlashAttribute("offeringSaved", true);
        } catch (InvalidValueException e) {
            flash.addFlashAttribute("offeringError", true);
        }
        return "redirect:/quan-tri/thu-tuc/" + procedure.code().value();
    }

    private void fill(OfficeMember me, Procedure procedure, ProcedureForm form, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("form", form);
        model.addAttribute("mayEdit", catalogue.mayEdit(me));
        model.addAttribute("offering", catalogue.offering(AgencyCode.of(me.officeCode()), procedure.code()).orElse(null));
        model.addAttribute("levels", AdministrativeLevel.values());
        model.addAttribute("units", ProcessingUnit.values());
        model.addAttribute("allChannels", Channel.values());
        model.addAttribute("today", catalogue.today());
    }

    private Procedure procedure(String code) {
        try {
            return catalogue.find(ProcedureCode.of(code)).orElseThrow(() -> new NotFoundException("No procedure " + code));
        } catch (InvalidValueException e) {
            throw new NotFoundException("No procedure " + code);
        }
    }
}
