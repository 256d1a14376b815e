package vn.motcua.servicemodel.web;

import vn.motcua.platform.domain.TypedDate;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.servicemodel.DutyRosters;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/** Quản trị → Mô hình phục vụ: the office's service models, switched on from a date and ended on a date. */
@Controller
@RequestMapping("/quan-tri/mo-hinh")
class ServiceModelController {

    private final ServiceModels models;
    private final DutyRosters rosters;
    private final Catalogue catalogue;

    ServiceModelController(ServiceModels models, DutyRosters rosters, Catalogue catalogue) {
        this.models = models;
        this.rosters = rosters;
        this.catalogue = catalogue;
    }

    @GetMapping
    String list(@AuthenticationPrincipal OfficeMember me, Model model) {
        return page(me, new ServiceModelForm(), model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal OfficeMember me, @ModelAttribute("form") ServiceModelForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        AgencyCode office = AgencyCode.of(me.officeCode());
        ServiceModel candidate = errors.hasErrors() ? null : form.toModel(office, errors);
        if (candidate == null) {
            return page(me, form, model);
        }
        try {
            models.add(candidate, me);
        } catch (InvalidValueException e) {
            errors.rejectValue("validFrom", e.code());
            return page(me, form, model);
        }
        flash.addFlashAttribute("saved", true);
        return "redirect:/quan-tri/mo-hinh";
    }

    @PostMapping("/{id}/ket-thuc")
    String end(@AuthenticationPrincipal OfficeMember me, @PathVariable long id, @RequestParam(required = false) String lastDay,
            RedirectAttributes flash) {
        try {
            models.end(AgencyCode.of(me.officeCode()), id, TypedDate.parse(lastDay), me);
            flash.addFlashAttribute("saved", true);
        } catch (InvalidValueException e) {
            flash.addFlashAttribute("endError", id);
        }
        return "redirect:/quan-tri/mo-hinh";
    }

    private String page(OfficeMember me, ServiceModelForm form, Model model) {
        AgencyCode office = AgencyCode.of(me.officeCode());
        LocalDate today = models.today();
        model.addAttribute("form", form);
        model.addAttribute("today", today);
        model.addAttribute("current", models.of(office).stream()
                .filter(m -> m.validUntil() == null || !m.validUntil().isBefore(today)).toList());
        model.addAttribute("past", models.of(office).stream()
                .filter(m -> m.validUntil() != null && m.validUntil().isBefore(today)).toList());
        model.addAttribute("kinds", ServiceModelKind.values());
        model.addAttribute("weekdays", java.time.DayOfWeek.values());
        model.addAttribute("catalogueFields", catalogue.fields());
        model.addAttribute("mayEdit", me.isAdmin());
        model.addAttribute("missingLeaders", rosters.missingLeaders(office));
        return "servicemodel/models";
    }
}
