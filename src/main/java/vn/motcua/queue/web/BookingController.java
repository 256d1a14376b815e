package vn.motcua.queue.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.documents.Slips;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.ClientAddresses;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.queue.Bookings;
import vn.motcua.queue.domain.BookingSettings;

/**
 * Booked slots, with or without signing in ({@code /dat-lich?thuTuc=…}, linked from the procedure's page): choose the
 * office, a free time of the coming days, a name and a phone; the booking's page ({@code /dat-lich/{code}}) shows the
 * code and its QR code (name and phone only in part) and cancels or moves it. At the kiosk the code becomes a ticket
 * ({@code /kiosk/{office}/dat-lich}). The office's administrator sets slot, capacity and days ahead
 * ({@code /quan-tri/dat-lich}).
 */
@Controller
class BookingController {

    /** Which field an error of the booking form belongs beside. */
    private static final Map<String, String> FIELD = Map.of("booking.name", "name", "booking.phone", "phone",
            "booking.slot", "slot", "booking.full", "slot", "booking.perPhone", "phone", "booking.procedure", "office");

    private final Bookings bookings;
    private final Slips slips;
    private final String publicBaseUrl;

    BookingController(Bookings bookings, Slips slips,
            @Value("${motcua.dossier.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.bookings = bookings;
        this.slips = slips;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/dat-lich")
    String choose(@RequestParam(name = "thuTuc", required = false) String procedure,
            @RequestParam(name = "donVi", required = false) String office, Model model, CsrfToken csrf) {
        // the form's token is saved in the session now: a long page may be sent before the form is written
        csrf.getToken();
        var version = bookings.procedure(procedure == null ? "" : procedure);
        var places = bookings.places(version.code().value());
        model.addAttribute("procedure", version);
        model.addAttribute("places", places);
        if (office != null && places.stream().anyMatch(p -> p.office().equals(office))) {
            model.addAttribute("office", office);
            model.addAttribute("officeName", places.stream().filter(p -> p.office().equals(office)).findFirst().orElseThrow().name());
            var days = bookings.days(office);
            model.addAttribute("days", days);
            model.addAttribute("firstFree", days.stream().filter(d -> d.slots().stream().anyMatch(f -> f.places() > 0))
                    .map(Bookings.BookableDay::day).findFirst().orElse(null));
        }
        return "queue/booking-new";
    }

    @PostMapping("/dat-lich")
    String book(@RequestParam(name = "thuTuc", required = false) String procedure,
            @RequestParam(name = "donVi", required = false) String office, @RequestParam(required = false) String slot,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phone, Model model,
            HttpServletRequest request, CsrfToken csrf) {
        try {
            LocalDateTime at = slot(slot);
            var booking = bookings.book(office == null ? "" : office, procedure == null ? "" : procedure, at.toLocalDate(),
                    at.toLocalTime(), name, phone, ClientAddresses.hash(request.getRemoteAddr()));
            return "redirect:/dat-lich/" + booking.code();
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorField", FIELD.getOrDefault(e.code(), "form"));
            model.addAttribute("name", name == null ? "" : name.substring(0, Math.min(name.length(), 100)));
            model.addAttribute("phone", phone == null ? "" : phone.substring(0, Math.min(phone.length(), 20)));
            model.addAttribute("chosen", slot);
            return choose(procedure, office, model, csrf);
        }
    }

    @GetMapping("/dat-lich/{code}")
    String booking(@PathVariable String code, Model model, CsrfToken csrf) {
        csrf.getToken();
        var booking = bookings.find(code);
        model.addAttribute("b", booking);
        model.addAttribute("qr", slips.qrDataUri(publicBaseUrl + "/dat-lich/" + booking.code()));
        if (booking.status().name().equals("BOOKED")) {
            model.addAttribute("days", bookings.days(booking.office()));
        }
        return "queue/booking";
    }

    @PostMapping("/dat-lich/{code}/huy")
    String cancel(@PathVariable String code, RedirectAttributes redirect) {
        try {
            bookings.cancel(code);
            redirect.addFlashAttribute("done", "cancelled");
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/dat-lich/" + bookings.find(code).code();
    }

    @PostMapping("/dat-lich/{code}/doi")
    String move(@PathVariable String code, @RequestParam(required = false) String slot, RedirectAttributes redirect) {
        try {
            LocalDateTime at = slot(slot);
            bookings.move(code, at.toLocalDate(), at.toLocalTime());
            redirect.addFlashAttribute("done", "moved");
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/dat-lich/" + bookings.find(code).code();
    }

    @PostMapping("/kiosk/{office}/dat-lich")
    String checkIn(@PathVariable String office, @RequestParam(required = false) String code,
            @CookieValue(name = KioskController.COOKIE, required = false) String kept, RedirectAttributes redirect) {
        try {
            var taken = bookings.checkIn(kept, office, code == null ? "" : code);
            return "redirect:/kiosk/" + office + "/ve/" + taken.ticket().id();
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("error", "booking.unknown");
        }
        return "redirect:/kiosk/" + office;
    }

    @GetMapping("/quan-tri/dat-lich")
    String settings(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("settings", bookings.settingsToday(me.officeCode()));
        model.addAttribute("office", me.officeCode());
        return "queue/booking-settings";
    }

    @PostMapping("/quan-tri/dat-lich")
    String saveSettings(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String slotMinutes, @RequestParam(required = false) String perSlot,
            @RequestParam(required = false) String daysAhead, @RequestParam(required = false) String perPhone,
            RedirectAttributes redirect) {
        try {
            bookings.setSettings(me, new BookingSettings(date(validFrom), number(slotMinutes, "booking.slotMinutes"),
                    number(perSlot, "booking.perSlot"), number(daysAhead, "booking.daysAhead"), number(perPhone, "booking.perPhone")));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/quan-tri/dat-lich";
    }

    private static LocalDateTime slot(String value) {
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("booking.slot", "Choose a time");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("booking.validFrom", "A date");
        }
    }

    private static int number(String value, String code) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            throw new InvalidValueException(code, "A number");
        }
        return Integer.parseInt(value.strip());
    }

    @Configuration(proxyBeanMethods = false)
    static class Open {
        @Bean
        PublicEndpoints queueBookingPages() {
            return () -> List.of("/dat-lich", "/dat-lich/**");
        }
    }
}
