package vn.motcua.queue.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.queue.CounterCalls;
import vn.motcua.queue.KioskDevices;
import vn.motcua.queue.QueueTickets;
import vn.motcua.queue.domain.Priority;
import vn.motcua.queue.domain.Ticket;

/**
 * The counter ({@code /quay?so=N}, keyboard first: C calls the next, each button has an access key): the ticket called
 * here now, and the commands of the queue; a ticket for a citizen who came without one; and the office's kiosks
 * ({@code /quan-tri/kiosk}) for its administrator or leader.
 */
@Controller
class CounterController {

    private final CounterCalls calls;
    private final QueueTickets tickets;
    private final KioskDevices kiosks;

    CounterController(CounterCalls calls, QueueTickets tickets, KioskDevices kiosks) {
        this.calls = calls;
        this.tickets = tickets;
        this.kiosks = kiosks;
    }

    @GetMapping("/quay")
    String counter(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "so", required = false) String number,
            Model model) {
        var counters = calls.counters(me);
        model.addAttribute("counters", counters);
        int chosen = number(number, counters.isEmpty() ? 0 : counters.getFirst().number());
        model.addAttribute("counter", chosen);
        if (counters.stream().anyMatch(c -> c.number() == chosen)) {
            var current = calls.current(me, chosen).orElse(null);
            model.addAttribute("current", current);
            model.addAttribute("dossiers", current == null ? List.of() : calls.dossiers(me, current));
        }
        model.addAttribute("fields", tickets.fields(me.officeCode()));
        model.addAttribute("priorities", Priority.CHOSEN);
        return "queue/counter";
    }

    @PostMapping("/quay/goi-tiep")
    String next(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "so", required = false) String number,
            RedirectAttributes redirect) {
        int counter = number(number, 0);
        try {
            var called = calls.callNext(me, counter);
            redirect.addFlashAttribute(called.isPresent() ? "called" : "nobody", called.map(Ticket::shown).orElse("0"));
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/quay?so=" + counter;
    }

    @PostMapping("/quay/ve/{id}/{command}")
    String command(@AuthenticationPrincipal OfficeMember me, @PathVariable String id, @PathVariable String command,
            @RequestParam(name = "so", required = false) String number, @RequestParam(required = false) String dossier,
            @RequestParam(name = "den", required = false) String to, RedirectAttributes redirect) {
        int counter = number(number, 0);
        UUID ticket = TicketIds.of(id);
        try {
            switch (command) {
                case "goi-lai" -> calls.recall(me, ticket);
                case "vang" -> calls.noShow(me, ticket);
                case "bat-dau" -> calls.start(me, ticket);
                case "xong" -> calls.finish(me, ticket, dossier);
                case "chuyen" -> calls.sendTo(me, ticket, number(to, -1));
                default -> throw new NotFoundException("No command " + command);
            }
            redirect.addFlashAttribute("done", command);
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/quay?so=" + counter;
    }

    @PostMapping("/quay/cap-so")
    String give(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "so", required = false) String number,
            @RequestParam(required = false) String field, @RequestParam(required = false) String priority,
            RedirectAttributes redirect) {
        try {
            Priority chosen = priority == null || priority.isBlank() ? null : Priority.valueOf(priority);
            if (chosen == Priority.BOOKED) {
                throw new IllegalArgumentException("A booking comes with its code");
            }
            var taken = tickets.takeAtDesk(me, field, chosen);
            redirect.addFlashAttribute("given", taken.ticket().shown());
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "queue.priority");
        }
        return "redirect:/quay?so=" + number(number, 0);
    }

    @GetMapping("/quan-tri/kiosk")
    String kiosks(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("devices", kiosks.ofOffice(me));
        model.addAttribute("office", me.officeCode());
        return "queue/kiosks";
    }

    @PostMapping("/quan-tri/kiosk")
    String issue(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String name, Model model) {
        try {
            model.addAttribute("token", kiosks.issue(me, name));
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
        }
        return kiosks(me, model);
    }

    @PostMapping("/quan-tri/kiosk/thu-hoi")
    String revoke(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String device,
            RedirectAttributes redirect) {
        try {
            kiosks.revoke(me, device);
            redirect.addFlashAttribute("revoked", true);
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/quan-tri/kiosk";
    }

    private static int number(String typed, int otherwise) {
        return typed != null && typed.strip().matches("\\d{1,3}") ? Integer.parseInt(typed.strip()) : otherwise;
    }

}
