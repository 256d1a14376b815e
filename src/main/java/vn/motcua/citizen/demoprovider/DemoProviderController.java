package vn.motcua.citizen.demoprovider;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The demo provider's sign-in page, which says plainly that it is the demo's and lists its sample citizens. */
@Controller
@Profile("demo")
class DemoProviderController {

    private final DemoCitizens citizens;

    DemoProviderController(DemoCitizens citizens) {
        this.citizens = citizens;
    }

    @GetMapping(DemoProviderConfiguration.LOGIN_PAGE)
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("citizens", citizens.usernames());
        model.addAttribute("password", DemoCitizens.PASSWORD);
        return "citizen/demo-provider-login";
    }
}
