package vn.motcua.citizen.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.citizen.security.CitizenOidcProperties;
import vn.motcua.citizen.security.CitizenPrincipal;

/** The citizen's sign-in page (one button to the identity provider) and their home page. */
@Controller
class CitizenPagesController {

    private final CitizenOidcProperties provider;

    CitizenPagesController(CitizenOidcProperties provider) {
        this.provider = provider;
    }

    @GetMapping("/cong-dan/dang-nhap")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String loggedOut,
            Model model) {
        model.addAttribute("enabled", provider.enabled());
        model.addAttribute("providerName", provider.providerName());
        model.addAttribute("signInUrl", "/cong-dan/dang-nhap/oidc/" + provider.registrationId());
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", loggedOut != null);
        return "citizen/login";
    }

    @GetMapping("/cong-dan")
    String home(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
        model.addAttribute("citizen", citizen);
        return "citizen/home";
    }
}
