package vn.motcua.servicemodel.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.identity.StaffAccounts;
import vn.motcua.identity.domain.StaffRole;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.servicemodel.DutyRosters;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.platform.web.DateParameters;

/** Lịch trực: who staffs each model day of a week; leaders and administrators assign, everyone may print it. */
@Controller
class RosterController {

    private final DutyRosters rosters;
    private final ServiceModels models;
    private final StaffAccounts staff;
    private final Offices offices;

    RosterController(DutyRosters rosters, ServiceModels models, StaffAccounts staff, Offices offices) {
        this.rosters = rosters;
        this.models = models;
        this.staff = staff;
        this.offices = offices;
    }

    @GetMapping("/lich-truc")
    String week(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String tuan, Model model) {
        fill(me, monday(tuan), model);
        model.addAttribute("mayAssign", me.isAdmin() || me.holds(StaffRole.LEADER.name()));
        model.addAttribute("leaders", staff.staffOf(AgencyCode.of(me.officeCode())).stream()
                .filter(a -> a.enabled() && a.roles().contains(StaffRole.LEADER)).toList());
        return "servicemodel/roster";
    }

    @GetMapping("/lich-truc/in")
    String print(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String tuan, Model model) {
        fill(me, monday(tuan), model);
        return "servicemodel/roster-print";
    }

    @PostMapping("/lich-truc")
    String assign(@AuthenticationPrincipal OfficeMember me, @RequestParam long model, @RequestParam String day,
            @RequestParam(required = false) String leader, @RequestParam(required = false) String people,
            RedirectAttributes flash) {
        LocalDate date = date(day);
        try {
            rosters.assign(AgencyCode.of(me.officeCode()), model, date, leader, people, me);
            flash.addFlashAttribute("saved", true);
        } catch (InvalidValueException e) {
            flash.addFlashAttribute("rosterError", e.code());
        }
        return "redirect:/lich-truc?tuan=" + date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private void fill(OfficeMember me, LocalDate monday, Model model) {
        AgencyCode office = AgencyCode.of(me.officeCode());
        model.addAttribute("monday", monday);
        model.addAttribute("sunday", monday.plusDays(6));
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        model.addAttribute("slots", rosters.week(office, monday));
        model.addAttribute("officeName", offices.find(office).map(a -> a.name()).orElse(office.value()));
    }

    private LocalDate monday(String week) {
        LocalDate day = week == null || week.isBlank() ? models.today() : date(week);
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate date(String text) {
        return DateParameters.date("tuan", text);
    }
}
