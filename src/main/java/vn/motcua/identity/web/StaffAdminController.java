package vn.motcua.identity.web;

import java.util.List;

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

import vn.motcua.catalogue.Catalogue;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.StaffPrincipal;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.Counter;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.NotFoundException;

/**
 * For administrators: the staff of their office (or of an office below it), searchable; opening an
 * account; changing roles, the fields a member handles, their counter, and whether they may sign in.
 */
@Controller
class StaffAdminController {

    private static final String PAGE = "/quan-tri/can-bo";

    private final StaffAccounts accounts;
    private final Offices offices;
    private final Desks desks;
    private final Catalogue catalogue;

    StaffAdminController(StaffAccounts accounts, Offices offices, Desks desks, Catalogue catalogue) {
        this.accounts = accounts;
        this.offices = offices;
        this.desks = desks;
        this.catalogue = catalogue;
    }

    @GetMapping(PAGE)
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String office,
            @RequestParam(required = false) String q, Model model) {
        Agency agency = office(me, office);
        fillList(me, agency, q, new StaffForm(), model);
        return "identity/staff-admin";
    }

    @PostMapping(PAGE)
    String open(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String office,
            @ModelAttribute("form") StaffForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Agency agency = office(me, office);
        StaffAccount account = form.toAccount(agency.code(), errors);
        if (form.getPassword() == null || form.getPassword().length() < StaffAccounts.MIN_PASSWORD_LENGTH
                || form.getPassword().length() > 72) {
            errors.rejectValue("password", "staffForm.staff.password.length");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.open(account, form.getPassword(), me.getUsername());
                flash.addFlashAttribute("opened", account.username().value());
                return "redirect:" + PAGE + "?office=" + agency.code().value();
            } catch (InvalidValueException e) {
                errors.rejectValue(e.code().startsWith("staff.username") ? "username" : "counterId", "staffForm." + e.code());
            }
        }
        fillList(me, agency, null, form, model);
        return "identity/staff-admin";
    }

    @GetMapping(PAGE + "/{username}")
    String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String username, Model model) {
        StaffAccount account = account(me, username);
        fillEdit(account, StaffForm.of(account), model);
        return "identity/staff-edit";
    }

    @PostMapping(PAGE + "/{username}")
    String change(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String username,
            @ModelAttribute("form") StaffForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        StaffAccount before = account(me, username);
        form.setUsername(before.username().value());
        StaffAccount after = form.toAccount(before.office(), errors);
        if (after != null && after.username().value().equals(me.getUsername())
                && (!after.enabled() || !after.has(StaffRole.ADMIN))) {
            errors.rejectValue("roles", "staffForm.self");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.change(after, me.getUsername());
                flash.addFlashAttribute("saved", true);
                return "redirect:" + PAGE + "/" + before.username().value();
            } catch (InvalidValueException e) {
                errors.rejectValue("counterId", "staffForm." + e.code());
            }
        }
        fillEdit(before, form, model);
        return "identity/staff-edit";
    }

    private void fillList(StaffPrincipal me, Agency agency, String q, StaffForm form, Model model) {
        String text = q == null ? "" : q.substring(0, Math.min(q.length(), 100));
        model.addAttribute("office", agency);
        model.addAttribute("offices", offices.subtreeOf(AgencyCode.of(me.officeCode())));
        model.addAttribute("q", text);
        model.addAttribute("staff", accounts.search(agency.code(), text));
        model.addAttribute("counters", counters(agency.code()));
        model.addAttribute("form", form);
        model.addAttribute("allRoles", StaffRole.values());
    }

    private void fillEdit(StaffAccount account, StaffForm form, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("allRoles", StaffRole.values());
        model.addAttribute("allFields", catalogue.fields());
        model.addAttribute("counters", counters(account.office()));
    }

    private List<Counter> counters(AgencyCode office) {
        return desks.of(office).stream().flatMap(d -> d.counters().stream()).toList();
    }

    private Agency office(StaffPrincipal me, String code) {
        AgencyCode mine = AgencyCode.of(me.officeCode());
        try {
            AgencyCode wanted = code == null || code.isBlank() ? mine : AgencyCode.of(code);
            if (!offices.isWithin(wanted, mine)) {
                throw new NotFoundException("No office " + code + " under " + mine);
            }
            return offices.find(wanted).orElseThrow();
        } catch (InvalidValueException e) {
            throw new NotFoundException("No office " + code);
        }
    }

    private StaffAccount account(StaffPrincipal me, String username) {
        try {
            StaffAccount account = accounts.find(new Username(username))
                    .orElseThrow(() -> new NotFoundException("No account " + username));
            if (!offices.isWithin(account.office(), AgencyCode.of(me.officeCode()))) {
                throw new NotFoundException("No account " + username + " under " + me.officeCode());
            }
            return account;
        } catch (InvalidValueException e) {
            throw new NotFoundException("No account " + username);
        }
    }
}
