package vn.motcua.identity.web;

import java.util.stream.Stream;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; a signed-in user is sent home instead. */
@Controller
class LoginController {

    /** Why the last attempt failed, as the failure handler says it in the query string. */
    private static final String[] FAILURES = {"error", "locked", "disabled"};

    @GetMapping("/dang-nhap")
    String login(Authentication authentication, @RequestParam java.util.Map<String, String> query, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Stream.of(FAILURES).filter(query::containsKey).findFirst()
                .ifPresent(failure -> model.addAttribute("failure", failure));
        model.addAttribute("loggedOut", query.containsKey("loggedOut"));
        return "identity/login";
    }
}
