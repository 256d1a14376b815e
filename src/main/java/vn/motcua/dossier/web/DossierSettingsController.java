package vn.motcua.dossier.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.OfficeDossierSettings;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/** For an office's administrator: the office's dossier code pattern and supplement window, with a preview. */
@Controller
class DossierSettingsController {

    private static final String PAGE = "/quan-tri/ho-so";

    private final OfficeDossierSettings settings;
    private final Clock clock;

    DossierSettingsController(OfficeDossierSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal OfficeMember me, Model model) {
        AgencyCode office = AgencyCode.of(me.officeCode());
        var own = settings.own(office);
        if (!model.containsAttribute("codePattern")) {
            model.addAttribute("codePattern", own.map(o -> o.codePattern()).orElse(""));
            model.addAttribute("windowDays", own.map(o -> o.supplementWindowDays()).map(String::valueOf).orElse(""));
            model.addAttribute("publicOfficerNames", own.map(o -> o.publicOfficerNames()).orElse(false));
            model.addAttribute("lateRiskPercent", own.map(o -> o.lateRiskPercent()).map(String::valueOf).orElse(""));
        }
        model.addAttribute("defaultPattern", settings.defaults().codePattern());
        model.addAttribute("defaultWindow", settings.defaults().supplementWindowDays());
        model.addAttribute("preview", settings.pattern(office).format(office, LocalDate.now(clock.withZone(WorkingCalendars.ZONE)), 7).value());
        return "dossier/settings";
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String codePattern,
            @RequestParam(required = false) String windowDays,
            @RequestParam(defaultValue = "false") boolean publicOfficerNames,
            @RequestParam(required = false) String lateRiskPercent, RedirectAttributes flash) {
        try {
            Integer days = windowDays == null || windowDays.isBlank() ? null : Integer.valueOf(windowDays.strip());
            Integer percent;
            try {
                percent = lateRiskPercent == null || lateRiskPercent.isBlank() ? null : Integer.valueOf(lateRiskPercent.strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("dossierSettings.lateRisk", "A whole number of percent");
            }
            settings.set(me, codePattern, days, publicOfficerNames, percent);
            flash.addFlashAttribute("saved", true);
        } catch (InvalidValueException | NumberFormatException e) {
            flash.addFlashAttribute("error", e instanceof InvalidValueException iv && iv.code().startsWith("dossierCodePattern")
                    ? "codePattern" : e instanceof InvalidValueException iv && iv.code().equals("dossierSettings.lateRisk")
                    ? "lateRiskPercent" : "windowDays");
            flash.addFlashAttribute("lateRiskPercent", lateRiskPercent);
            flash.addFlashAttribute("codePattern", codePattern);
            flash.addFlashAttribute("windowDays", windowDays);
        }
        return "redirect:" + PAGE;
    }
}
