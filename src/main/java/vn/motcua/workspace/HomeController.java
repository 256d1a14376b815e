package vn.motcua.workspace;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.identity.StaffPrincipal;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.DutyRosters;

/** The home page: one section for each role the signed-in member of staff holds. */
@Controller
class HomeController {

    private final Clock clock;
    private final DutyRosters rosters;

    HomeController(Clock clock, DutyRosters rosters) {
        this.clock = clock;
        this.rosters = rosters;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("today", LocalDate.now(clock));
        // Administrators and leaders are warned of the coming model days that have no leader on duty.
        boolean staffsRosters = me.has(StaffRole.ADMIN) || me.has(StaffRole.LEADER);
        model.addAttribute("missingLeaders", staffsRosters
                ? rosters.missingLeaders(AgencyCode.of(me.officeCode())) : java.util.List.of());
        return "workspace/home";
    }
}
