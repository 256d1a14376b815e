package vn.motcua.fees.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.fees.CashBooks;
import vn.motcua.fees.FeeReconciliation;
import vn.motcua.fees.domain.PaymentMethod;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/**
 * The cash books ({@code /so-quy}: an officer's own of a day, every officer's for a leader, who closes them) and the
 * day's reconciliation of the office's fees ({@code /doi-soat}).
 */
@Controller
class CashBookController {

    private final CashBooks books;
    private final FeeReconciliation reconciliation;
    private final Clock clock;

    CashBookController(CashBooks books, FeeReconciliation reconciliation, Clock clock) {
        this.books = books;
        this.reconciliation = reconciliation;
        this.clock = clock;
    }

    @GetMapping("/so-quy")
    String book(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "ngay", required = false) String day,
            @RequestParam(name = "can-bo", required = false) String officer, Model model) {
        LocalDate shown = FeeController.day(day, clock);
        fill(model, me, shown, officer);
        return "fees/cash-book";
    }

    @PostMapping("/so-quy/khoa")
    String close(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "ngay", required = false) String day,
            @RequestParam(name = "can-bo", required = false) String officer, Model model, RedirectAttributes redirect) {
        LocalDate shown = FeeController.day(day, clock);
        try {
            books.close(me, officer, shown);
            redirect.addFlashAttribute("closed", officer);
            return "redirect:" + UriComponentsBuilder.fromPath("/so-quy").queryParam("ngay", shown).queryParam("can-bo", officer)
                    .encode().build().toUriString();
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
            fill(model, me, shown, officer);
            return "fees/cash-book";
        }
    }

    private void fill(Model model, OfficeMember me, LocalDate day, String officer) {
        var officers = books.officers(me, day);
        String whose = officer != null && officers.contains(officer) ? officer : me.holds("LEADER") && !officers.isEmpty()
                ? officers.getFirst() : me.getUsername();
        model.addAttribute("day", day);
        model.addAttribute("officers", officers);
        model.addAttribute("book", books.book(me, whose, day));
        model.addAttribute("mayClose", me.holds("LEADER"));
    }

    @GetMapping("/doi-soat")
    String reconcile(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "ngay", required = false) String day,
            Model model) {
        LocalDate shown = FeeController.day(day, clock);
        model.addAttribute("day", shown);
        model.addAttribute("r", reconciliation.day(me, shown));
        model.addAttribute("cash", PaymentMethod.CASH);
        model.addAttribute("online", PaymentMethod.ONLINE);
        return "fees/reconciliation";
    }
}
