package vn.motcua.portal.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.platform.web.TextSize;
import vn.motcua.portal.Lookups;
import vn.motcua.survey.SurveyTokens;
import vn.motcua.platform.database.SharedCaches;
import vn.motcua.platform.domain.Remembered;

/**
 * Tra cứu hồ sơ: the page the QR on form 01 opens on a phone. The status for anyone with the code; the steps,
 * supplement requests and any new appointment after the last 4 digits of the applicant's phone or ID number,
 * sent in a form (never in the address).
 */
@Controller
class LookupController {

    private final Lookups lookups;
    private final Offices offices;
    private final SurveyTokens surveys;

    private final Remembered<String, String> officeNames;

    LookupController(Lookups lookups, Offices offices, SurveyTokens surveys, SharedCaches shared) {
        this.officeNames = new Remembered<>(java.time.Duration.ofMinutes(1));
        shared.register(Offices.NAMES, officeNames, code -> code);
        this.lookups = lookups;
        this.offices = offices;
        this.surveys = surveys;
    }

    @GetMapping("/tra-cuu")
    String search(@RequestParam(required = false) String ma) {
        if (ma != null && !ma.isBlank()) {
            return "redirect:/tra-cuu/" + java.net.URLEncoder.encode(ma.strip().toUpperCase(java.util.Locale.ROOT),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return "portal/search";
    }

    @GetMapping("/tra-cuu/{code}")
    String dossier(@PathVariable String code, @RequestParam(name = "k", required = false) String token,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(code, null, token, request, response, model);
    }

    /**
     * The form for the 4 digits, on a page of its own: the status page the QR opens carries no form, so it needs
     * no session and stays cheap under load.
     */
    @GetMapping("/tra-cuu/{code}/xac-thuc")
    String verify(@PathVariable String code, @RequestParam(name = "k", required = false) String token,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String page = show(code, null, token, request, response, model);
        return page.equals("portal/dossier") ? "portal/verify" : page;
    }

    /**
     * The details after the 4 digits. "Chữ to hơn" on this page sends the same form again with {@code chu}, so the
     * elderly reader who enlarges the text keeps what the digits unlocked and the rating button.
     */
    @PostMapping("/tra-cuu/{code}")
    String details(@PathVariable String code, @RequestParam(name = "so", required = false) String lastFour,
            @RequestParam(name = "k", required = false) String token, @RequestParam(name = "chu", required = false) String size,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if ("lon".equals(size) || "thuong".equals(size)) {
            TextSize.remember(response, "lon".equals(size));
            model.addAttribute("largeText", "lon".equals(size));
        }
        model.addAttribute("lastFour", lastFour);
        return show(code, lastFour == null ? "" : lastFour, token, request, response, model);
    }

    private String show(String code, String lastFour, String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        var answer = lookups.find(code, lastFour, request.getRemoteAddr());
        model.addAttribute("code", code);
        model.addAttribute("token", token);
        if (answer.view() == null) {
            response.setStatus(answer.refusal() == Lookups.Refusal.TOO_MANY_REQUESTS ? HttpStatus.TOO_MANY_REQUESTS.value()
                    : HttpStatus.NOT_FOUND.value());
            model.addAttribute("refusal", answer.refusal().name());
            return "portal/search";
        }
        var view = answer.view();
        model.addAttribute("d", view);
        model.addAttribute("refusal", answer.refusal() == null ? null : answer.refusal().name());
        if (answer.refusal() != null) {
            return "portal/verify";
        }
        model.addAttribute("officeName", officeNames.get(view.officeCode(),
                c -> offices.find(AgencyCode.of(c)).map(a -> a.name()).orElse(c)));
        model.addAttribute("surveyUrl", surveys.surveyPath(view.code(), token).orElse(null));
        return "portal/dossier";
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints lookupPages() {
            return () -> List.of("/tra-cuu", "/tra-cuu/*", "/tra-cuu/*/xac-thuc", "/api/v1/public/**");
        }
    }
}
