package vn.motcua.organization.web;

import vn.motcua.platform.domain.TypedDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.UnknownAgencyException;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.AgencyKind;
import vn.motcua.organization.domain.Counter;
import vn.motcua.organization.domain.OneStopDesk;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/**
 * For administrators: the agencies of their own office's subtree, searchable; an agency's page with its
 * code history (validity, successor, predecessors), its sub-agencies, and its one-stop desks and counters.
 */
@Controller
class OfficesController {

    private static final String LIST = "/quan-tri/don-vi";

    private final Offices offices;
    private final Desks desks;

    OfficesController(Offices offices, Desks desks) {
        this.offices = offices;
        this.desks = desks;
    }

    @GetMapping(LIST)
    String offices(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String q, Model model) {
        String text = q == null ? "" : q.substring(0, Math.min(q.length(), 100));
        model.addAttribute("q", text);
        model.addAttribute("offices", offices.search(mine(me), text));
        return "organization/offices";
    }

    @GetMapping(LIST + "/{code}")
    String office(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, Model model) {
        Agency agency = within(me, code);
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("children", offices.all().stream().filter(a -> agency.code().equals(a.parentCode())).toList());
        model.addAttribute("predecessors", offices.predecessorsOf(agency.code()));
        model.addAttribute("desks", desks.of(agency.code()));
        return "organization/office";
    }

    @PostMapping(LIST + "/{code}")
    String change(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @RequestParam String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String validFrom,
            RedirectAttributes flash) {
        Agency agency = within(me, code);
        return attempt(agency, "details", flash, () -> offices.change(agency.code(), name, kind(kind), date(validFrom, false),
                me.getUsername()));
    }

    @PostMapping(LIST + "/{code}/ket-thuc")
    String retire(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @RequestParam String lastDay,
            @RequestParam(required = false) String successor, RedirectAttributes flash) {
        Agency agency = within(me, code);
        return attempt(agency, "retire", flash, () -> {
            AgencyCode next = successor == null || successor.isBlank() ? null : AgencyCode.of(successor);
            offices.retire(agency.code(), date(lastDay, true), next, me.getUsername());
        });
    }

    @PostMapping(LIST + "/{code}/don-vi-con")
    String addChild(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @RequestParam String childCode,
            @RequestParam String name, @RequestParam(required = false) String kind, RedirectAttributes flash) {
        Agency agency = within(me, code);
        return attempt(agency, "child", flash, () -> offices.add(new Agency(AgencyCode.of(childCode), name, agency.code(),
                kind(kind)), me.getUsername()));
    }

    @PostMapping(LIST + "/{code}/ban-mot-cua")
    String addDesk(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @RequestParam String name,
            @RequestParam(required = false) String address, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String hotline, RedirectAttributes flash) {
        Agency agency = within(me, code);
        return attempt(agency, "desk", flash, () -> desks.addDesk(new OneStopDesk(null, agency.code(), name, address, phone,
                hotline, null),
                me.getUsername()));
    }

    @PostMapping(LIST + "/{code}/quay")
    String addCounter(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @RequestParam long deskId,
            @RequestParam String number, @RequestParam(required = false) String label,
            @RequestParam(required = false) String fields, RedirectAttributes flash) {
        Agency agency = within(me, code);
        return attempt(agency, "counter", flash, () -> desks.addCounter(agency.code(), new Counter(null, deskId,
                number(number), label, fields == null ? List.of() : Arrays.asList(fields.split("[;\\n]")), true),
                me.getUsername()));
    }

    @PostMapping(LIST + "/{code}/quay/{id}")
    String toggleCounter(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @PathVariable long id,
            @RequestParam boolean active, RedirectAttributes flash) {
        Agency agency = within(me, code);
        return attempt(agency, "counter", flash, () -> desks.setActive(agency.code(), id, active, me.getUsername()));
    }

    private String attempt(Agency agency, String form, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("saved", form);
        } catch (InvalidValueException e) {
            flash.addFlashAttribute("errorForm", form);
            flash.addFlashAttribute("error", e.code());
        } catch (UnknownAgencyException e) {
            flash.addFlashAttribute("errorForm", form);
            flash.addFlashAttribute("error", "agency.unknown");
        }
        return "redirect:" + LIST + "/" + agency.code().value();
    }

    private static AgencyCode mine(OfficeMember me) {
        return AgencyCode.of(me.officeCode());
    }

    private Agency within(OfficeMember me, String code) {
        try {
            AgencyCode parsed = AgencyCode.of(code);
            if (!offices.isWithin(parsed, mine(me))) {
                throw new NotFoundException("No agency " + code + " under " + me.officeCode());
            }
            return offices.find(parsed).orElseThrow();
        } catch (InvalidValueException e) {
            throw new NotFoundException("No agency " + code);
        }
    }

    private static AgencyKind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? AgencyKind.UNIT : AgencyKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("agency.kind", "Unknown kind " + kind);
        }
    }

    private static LocalDate date(String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidValueException("agency.date.required", "A date is required");
            }
            return null;
        }
        try {
            return TypedDate.parse(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("agency.date.format", "Not a date: " + text);
        }
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("counter.number", "A counter number is between 1 and 999");
        }
    }
}
