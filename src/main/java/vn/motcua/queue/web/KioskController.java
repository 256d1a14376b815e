package vn.motcua.queue.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.documents.Slips;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.queue.QueueTickets;
import vn.motcua.queue.domain.Priority;

/**
 * The ticket kiosk ({@code /kiosk/{office}}, a touch screen, nobody signed in): bound to its office by the device
 * token an administrator issued (opened once as {@code ?thiet-bi=…}, then kept in a cookie); the citizen picks a field
 * and, if it applies, a priority, and gets a ticket page with the number, the people ahead, the wait and a QR code to
 * follow it on a phone, printable on an 80 mm receipt printer. {@code /hang-doi/ve/{id}} follows a ticket.
 */
@Controller
class KioskController {

    static final String COOKIE = "MOTCUA_KIOSK";

    private final QueueTickets tickets;
    private final Slips slips;
    private final String publicBaseUrl;

    KioskController(QueueTickets tickets, Slips slips,
            @Value("${motcua.dossier.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.tickets = tickets;
        this.slips = slips;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/kiosk/{office}")
    String kiosk(@PathVariable String office, @RequestParam(name = "thiet-bi", required = false) String token,
            @CookieValue(name = COOKIE, required = false) String kept, Model model, HttpServletResponse response) {
        if (token != null) {
            if (tickets.kioskOffice(token).filter(office::equals).isEmpty()) {
                model.addAttribute("unbound", true);
                return "queue/kiosk";
            }
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token).httpOnly(true).secure(false)
                    .sameSite("Strict").path("/kiosk/" + office).maxAge(Duration.ofDays(3650)).build().toString());
            return "redirect:/kiosk/" + office;
        }
        boolean bound = kept != null && tickets.kioskOffice(kept).filter(office::equals).isPresent();
        model.addAttribute("unbound", !bound);
        model.addAttribute("office", office);
        if (bound) {
            model.addAttribute("hours", tickets.kioskHours(office));
            model.addAttribute("closed", !tickets.kioskGivesNow(office));
            model.addAttribute("fields", tickets.fields(office));
            model.addAttribute("priorities", Priority.CHOSEN);
        }
        return "queue/kiosk";
    }

    @PostMapping("/kiosk/{office}/lay-so")
    String take(@PathVariable String office, @RequestParam(required = false) String field,
            @RequestParam(required = false) String priority, @CookieValue(name = COOKIE, required = false) String kept,
            RedirectAttributes redirect) {
        try {
            var taken = tickets.takeAtKiosk(kept, office, field, priority(priority));
            return "redirect:/kiosk/" + office + "/ve/" + taken.ticket().id();
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
            return "redirect:/kiosk/" + office;
        }
    }

    @GetMapping({"/kiosk/{office}/ve/{id}", "/hang-doi/ve/{id}"})
    String ticket(@PathVariable(required = false) String office, @PathVariable String id, Model model) {
        var taken = tickets.ticket(TicketIds.of(id));
        model.addAttribute("t", taken);
        model.addAttribute("kiosk", office != null);
        String follow = "/hang-doi/ve/" + taken.ticket().id();
        model.addAttribute("qr", slips.qrDataUri(publicBaseUrl + follow));
        return "queue/ticket";
    }

    private static Priority priority(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Priority chosen = Priority.valueOf(value);
            if (chosen == Priority.BOOKED) {
                throw new IllegalArgumentException("A booking comes with its code");
            }
            return chosen;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("queue.priority", "Not a priority");
        }
    }


    @Configuration(proxyBeanMethods = false)
    static class Open {
        @Bean
        PublicEndpoints queueKioskPages() {
            return () -> List.of("/kiosk/**", "/hang-doi/**");
        }
    }
}
