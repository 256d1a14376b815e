package vn.motcua.servicemodel.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SearchText;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.servicemodel.DutyRosters;
import vn.motcua.servicemodel.ServiceModels;

/**
 * The office's public page: this week's working hours with any extra sessions, the service models in force in
 * plain words, and today's leader on duty. No personal data of citizens.
 */
@Controller
class OfficePageController {

    private final Offices offices;
    private final WorkingCalendars calendars;
    private final ServiceModels models;
    private final DutyRosters rosters;

    private final Desks desks;

    OfficePageController(Offices offices, WorkingCalendars calendars, ServiceModels models, DutyRosters rosters,
            Desks desks) {
        this.desks = desks;
        this.offices = offices;
        this.calendars = calendars;
        this.models = models;
        this.rosters = rosters;
    }

    @GetMapping("/don-vi/{code}")
    String office(@PathVariable String code, Model model) {
        Agency office = office(code);
        OfficeCalendar calendar = calendars.of(office.code()).orElseThrow(() -> new NotFoundException("No calendar"));
        LocalDate today = models.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("office", office);
        model.addAttribute("desks", desks.of(office.code()));
        model.addAttribute("today", today);
        model.addAttribute("week", monday.datesUntil(monday.plusDays(7)).map(calendar::day).toList());
        model.addAttribute("models", models.overlapping(office.code(), monday, monday.plusDays(6)).stream()
                .filter(m -> !m.validFrom().isAfter(monday.plusDays(6))).toList());
        model.addAttribute("leaderOnDuty", rosters.leaderOnDuty(office.code(), today).orElse(null));
        return "servicemodel/office";
    }

    /** Every office citizens can go to, by name, each opening its page; searched by name without diacritics. */
    @GetMapping("/don-vi")
    String offices(@RequestParam(required = false) String q, Model model) {
        LocalDate today = models.today();
        String text = SearchText.of(q == null ? "" : q.substring(0, Math.min(q.length(), 100)));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("offices", offices.all().stream()
                .filter(a -> a.isValidOn(today) && calendars.of(a.code()).isPresent())
                .filter(a -> text.isEmpty() || SearchText.of(a.name() + " " + a.code().value()).contains(text))
                .sorted(java.util.Comparator.comparing(Agency::name)).toList());
        return "servicemodel/offices";
    }

    private Agency office(String code) {
        try {
            return offices.find(AgencyCode.of(code)).orElseThrow(() -> new NotFoundException("No office " + code));
        } catch (InvalidValueException e) {
            throw new NotFoundException("No office " + code);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints officePage() {
            return () -> List.of("/don-vi", "/don-vi/*");
        }
    }
}
