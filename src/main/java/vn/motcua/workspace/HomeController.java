package vn.motcua.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.dossier.WorkLists;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.DutyRosters;

/** The home page: one section for each role the signed-in member of staff holds. */
@Controller
class HomeController {

    private final Clock clock;
    private final DutyRosters rosters;
    private final WorkLists workLists;

    HomeController(Clock clock, DutyRosters rosters, WorkLists workLists) {
        this.clock = clock;
        this.rosters = rosters;
        this.workLists = workLists;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("today", LocalDate.now(clock));
        // Administrators and leaders are warned of the coming model days that have no leader on duty.
        boolean staffsRosters = me.has(StaffRole.ADMIN) || me.has(StaffRole.LEADER);
        model.addAttribute("missingLeaders", staffsRosters
                ? rosters.missingLeaders(AgencyCode.of(me.officeCode())) : List.of());
        // the figures that open work lists, for everyone who handles dossiers
        boolean handlesDossiers = me.has(StaffRole.RECEPTION) || me.has(StaffRole.SPECIALIST) || me.has(StaffRole.LEADER);
        model.addAttribute("work", handlesDossiers ? workLists.summary(me) : null);
        return "workspace/home";
    }
}
