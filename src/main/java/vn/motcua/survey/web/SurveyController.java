package vn.motcua.survey.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.survey.Evaluations;
import vn.motcua.survey.SurveyTokens;
import vn.motcua.survey.domain.Answers;
import vn.motcua.survey.domain.Criterion;
import vn.motcua.survey.domain.SurveyToken;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.ClientAddresses;

/** Đánh giá: the survey a citizen opens from a QR code, without signing in, on a phone. */
@Controller
class SurveyController {

    private final SurveyTokens tokens;
    private final Evaluations evaluations;
    private final PublicDossiers dossiers;
    private final Desks desks;
    private final Offices offices;

    SurveyController(SurveyTokens tokens, Evaluations evaluations, PublicDossiers dossiers, Desks desks, Offices offices) {
        this.tokens = tokens;
        this.evaluations = evaluations;
        this.dossiers = dossiers;
        this.desks = desks;
        this.offices = offices;
    }

    @GetMapping("/danh-gia/{token}")
    String form(@PathVariable String token, HttpServletResponse response, Model model) {
        var parsed = tokens.verify(token);
        if (parsed.isEmpty()) {
            return invalid(response);
        }
        fill(parsed.get(), token, model);
        Map<Criterion, String> chosen = parsed.get().kind() == SurveyToken.Kind.DOSSIER
                ? evaluations.ofDossier(parsed.get().subject()).map(Answers::chosen).orElse(Map.of()) : Map.of();
        model.addAttribute("chosen", byName(chosen));
        model.addAttribute("comment", parsed.get().kind() == SurveyToken.Kind.DOSSIER
                ? evaluations.ofDossier(parsed.get().subject()).map(Answers::comment).orElse("") : "");
        return "survey/form";
    }

    @PostMapping("/danh-gia/{token}")
    String submit(@PathVariable String token, @RequestParam Map<String, String> form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var parsed = tokens.verify(token);
        if (parsed.isEmpty()) {
            return invalid(response);
        }
        var chosen = new EnumMap<Criterion, String>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            chosen.put(c, form.get(c.name()));
        }
        Answers answers;
        try {
            answers = new Answers(chosen, form.get("comment"));
        } catch (InvalidValueException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            fill(parsed.get(), token, model);
            model.addAttribute("chosen", byName(chosen));
            model.addAttribute("comment", form.getOrDefault("comment", ""));
            model.addAttribute("error", e.code());
            return "survey/form";
        }
        var outcome = evaluations.submit(parsed.get(), answers, ClientAddresses.hash(request.getRemoteAddr()));
        if (outcome == Evaluations.Outcome.TOO_MANY) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        }
        model.addAttribute("outcome", outcome.name());
        // the thank-you page leads on: back to the dossier rated, or to what else a citizen may want here
        model.addAttribute("dossierCode", parsed.get().kind() == SurveyToken.Kind.DOSSIER ? parsed.get().subject() : null);
        return "survey/thanks";
    }

    private void fill(SurveyToken token, String text, Model model) {
        model.addAttribute("token", text);
        model.addAttribute("criteria", List.of(Criterion.values()).stream().filter(c -> c != Criterion.OVERALL).toList());
        model.addAttribute("overall", Criterion.OVERALL);
        if (token.kind() == SurveyToken.Kind.DOSSIER) {
            dossiers.find(DossierCode.of(token.subject()), false).ifPresent(d -> {
                model.addAttribute("subject", d.code() + " — " + d.procedureName());
                model.addAttribute("officeName", offices.find(AgencyCode.of(d.officeCode()))
                        .map(a -> a.name()).orElse(d.officeCode()));
            });
        } else {
            desks.counter(Long.parseLong(token.subject())).ifPresent(c -> {
                model.addAttribute("subject", c.number() + " — " + c.label());
                desks.agencyOf(c).flatMap(offices::find).ifPresent(a -> model.addAttribute("officeName", a.name()));
            });
        }
    }

    /** The chosen options by question name, as the template looks them up. */
    private static Map<String, String> byName(Map<Criterion, String> chosen) {
        var names = new java.util.HashMap<String, String>();
        chosen.forEach((c, o) -> {
            if (o != null) {
                names.put(c.name(), o);
            }
        });
        return names;
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "survey/invalid";
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints surveyPages() {
            return () -> List.of("/danh-gia/*");
        }
    }
}
