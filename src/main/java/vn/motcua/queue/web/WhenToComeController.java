package vn.motcua.queue.web;

import java.time.DayOfWeek;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.queue.Bookings;
import vn.motcua.queue.WhenToCome;

/**
 * When to come ({@code /khi-nao-den?donVi=…[&thuTuc=…]}, public, linked from the office's and the procedure's
 * pages): the coming days with their sessions and same-day results, the usual crowd by weekday and hour, and the
 * quietest hours ahead; for a procedure without an office, the offices that receive it to choose from.
 */
@Controller
class WhenToComeController {

    private final WhenToCome when;
    private final Bookings bookings;
    private final Offices offices;

    WhenToComeController(WhenToCome when, Bookings bookings, Offices offices) {
        this.when = when;
        this.bookings = bookings;
        this.offices = offices;
    }

    @GetMapping("/khi-nao-den")
    String advice(@RequestParam(name = "donVi", required = false) String office,
            @RequestParam(name = "thuTuc", required = false) String procedure, Model model) {
        if (procedure != null) {
            var version = bookings.procedure(procedure);
            model.addAttribute("procedure", version);
            model.addAttribute("places", bookings.places(version.code().value()));
        }
        if (office != null) {
            Agency agency = agency(office);
            model.addAttribute("office", agency);
            model.addAttribute("a", when.advice(agency.code(), procedure == null ? null : procedure));
            model.addAttribute("weekdays", DayOfWeek.values());
            model.addAttribute("hours", java.util.stream.IntStream.rangeClosed(7, 17).boxed().toList());
        } else if (procedure == null) {
            throw new NotFoundException("Name an office or a procedure");
        }
        return "queue/when";
    }

    private Agency agency(String code) {
        try {
            return offices.find(AgencyCode.of(code)).orElseThrow(() -> new NotFoundException("No office " + code));
        } catch (InvalidValueException e) {
            throw new NotFoundException("No office " + code);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Open {
        @Bean
        PublicEndpoints whenToComePage() {
            return () -> List.of("/khi-nao-den");
        }
    }
}
