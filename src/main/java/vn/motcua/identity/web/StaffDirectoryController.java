package vn.motcua.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.organization.domain.AgencyCode;

/** The staff of the signed-in user's own office, for its leaders and administrators. */
@Controller
class StaffDirectoryController {

    private final StaffAccounts accounts;

    StaffDirectoryController(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/can-bo")
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    String staff(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("staff", accounts.staffOf(AgencyCode.of(me.officeCode())));
        return "identity/staff";
    }
}
