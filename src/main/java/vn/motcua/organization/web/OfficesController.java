package vn.motcua.organization.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;

/** For administrators: their own office and the offices below it. */
@Controller
class OfficesController {

    private final Offices offices;

    OfficesController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping("/quan-tri/don-vi")
    String offices(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("offices", offices.subtreeOf(AgencyCode.of(me.officeCode())));
        return "organization/offices";
    }
}
