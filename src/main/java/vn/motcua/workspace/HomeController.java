package vn.motcua.workspace;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.identity.StaffPrincipal;

/** The home page: one section for each role the signed-in member of staff holds. */
@Controller
class HomeController {

    private final Clock clock;

    HomeController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("today", LocalDate.now(clock));
        return "workspace/home";
    }
}
