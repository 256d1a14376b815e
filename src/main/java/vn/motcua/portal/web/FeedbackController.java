package vn.motcua.portal.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.ClientAddresses;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.portal.Feedbacks;

/**
 * Phản ánh, kiến nghị: the public form and the page where the sender follows it by its code; and the staff's
 * list and answer form.
 */
@Controller
class FeedbackController {

    private final Feedbacks feedbacks;
    private final Offices offices;

    FeedbackController(Feedbacks feedbacks, Offices offices) {
        this.feedbacks = feedbacks;
        this.offices = offices;
    }

    @GetMapping("/phan-anh")
    String form(@RequestParam(name = "don-vi", required = false) String office, Model model) {
        var form = new FeedbackForm();
        form.setOffice(office == null ? "" : office);
        return page(form, model);
    }

    @PostMapping("/phan-anh")
    String submit(@ModelAttribute("form") FeedbackForm form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var office = offices.all().stream().filter(a -> a.code().value().equals(form.getOffice())).findFirst();
        if (office.isEmpty()) {
            errors.rejectValue("office", "feedbackError.feedback.office");
        }
        var contact = form.contact(errors);
        if (errors.hasErrors()) {
            return page(form, model);
        }
        try {
            var code = feedbacks.submit(office.get().code(), form.getKind(), form.getSubject(), form.getContent(),
                    form.getDossierCode(), contact, ClientAddresses.hash(request.getRemoteAddr()));
            if (code.isEmpty()) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                model.addAttribute("tooMany", true);
                return page(form, model);
            }
            return "redirect:/phan-anh/" + code.get() + "?moi";
        } catch (InvalidValueException e) {
            FeedbackForm.reject(e, errors);
            return page(form, model);
        }
    }

    @GetMapping("/phan-anh/{code}")
    String follow(@PathVariable String code, Model model) {
        var feedback = feedbacks.find(code).orElseThrow(() -> new NotFoundException("No feedback " + code));
        model.addAttribute("f", feedback);
        model.addAttribute("officeName", offices.find(AgencyCode.of(feedback.office())).map(a -> a.name()).orElse(feedback.office()));
        return "portal/feedback-follow";
    }

    @GetMapping("/phan-anh-kien-nghi")
    String list(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("items", feedbacks.of(me, 300));
        return "portal/feedback-list";
    }

    @GetMapping("/phan-anh-kien-nghi/{id}")
    String one(@AuthenticationPrincipal OfficeMember me, @PathVariable long id, Model model) {
        model.addAttribute("f", feedbacks.get(id, me));
        return "portal/feedback-answer";
    }

    @PostMapping("/phan-anh-kien-nghi/{id}")
    String answer(@AuthenticationPrincipal OfficeMember me, @PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) String answer, @RequestParam(defaultValue = "false") boolean justified,
            Model model, RedirectAttributes flash) {
        try {
            feedbacks.answer(id, version, answer, justified, me);
            flash.addFlashAttribute("saved", true);
            return "redirect:/phan-anh-kien-nghi";
        } catch (InvalidValueException e) {
            model.addAttribute("f", feedbacks.get(id, me));
            model.addAttribute("error", e.code());
            model.addAttribute("answer", answer);
            return "portal/feedback-answer";
        }
    }

    private String page(FeedbackForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("offices", offices.all().stream().filter(a -> a.parent().isPresent()).toList());
        return "portal/feedback-form";
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints feedbackPages() {
            return () -> List.of("/phan-anh", "/phan-anh/*");
        }
    }
}
