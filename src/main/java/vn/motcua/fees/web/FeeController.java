package vn.motcua.fees.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.fees.DossierFees;
import vn.motcua.fees.OnlinePayments;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PdfDownloads;

/**
 * A dossier's fee at the desk ({@code /ho-so/{code}/phi}): what is owed and why, the assessment (amount where it depends
 * on the case, exemption or reduction with its reason), cash collected with its receipt, the fee paid back; and the
 * office's fees waiting on the desk ({@code /phi-le-phi}).
 */
@Controller
class FeeController {

    /** Which field of the assessment form an error belongs beside. */
    private static final Map<String, String> FIELD_OF = Map.ofEntries(Map.entry("fee.quantity", "quantity"),
            Map.entry("fee.amount", "amount"), Map.entry("fee.amountRequired", "amount"), Map.entry("fee.amountFixed", "amount"),
            Map.entry("fee.tooLarge", "quantity"), Map.entry("fee.basisRequired", "basis"), Map.entry("fee.basis.tooLong", "basis"),
            Map.entry("fee.reductionUnknown", "reduction"), Map.entry("fee.reasonRequired", "reason"),
            Map.entry("fee.reason.tooLong", "reason"), Map.entry("fee.refundReason", "refundReason"));

    private final DossierFees fees;
    private final OnlinePayments online;
    private final Dossiers dossiers;

    FeeController(DossierFees fees, OnlinePayments online, Dossiers dossiers) {
        this.fees = fees;
        this.online = online;
        this.dossiers = dossiers;
    }

    @GetMapping("/ho-so/{code}/phi")
    String fee(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, Model model) {
        fill(model, me, code(code));
        return "fees/dossier-fee";
    }

    @PostMapping("/ho-so/{code}/phi/dinh-muc")
    String assess(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(required = false) String version, @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String basis,
            @RequestParam(required = false) String reduction, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        DossierCode dossier = code(code);
        try {
            fees.assess(dossier, version(version), quantity(quantity), amount(amount), basis, reduction, reason, me);
            redirect.addFlashAttribute("done", "assessed");
            return "redirect:/ho-so/" + dossier.value() + "/phi";
        } catch (InvalidValueException e) {
            return again(model, me, dossier, e, new Typed(quantity, amount, basis, reduction, reason, null));
        }
    }

    @PostMapping("/ho-so/{code}/phi/thu-tien-mat")
    String collect(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        DossierCode dossier = code(code);
        try {
            var receipt = fees.collectCash(dossier, version(version), me);
            redirect.addFlashAttribute("done", "collected");
            redirect.addFlashAttribute("receiptLabel", receipt.label());
            return "redirect:/ho-so/" + dossier.value() + "/phi";
        } catch (InvalidValueException e) {
            return again(model, me, dossier, e, null);
        }
    }

    @PostMapping("/ho-so/{code}/phi/hoan-tien")
    String refund(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(required = false) String version, @RequestParam(required = false) String refundReason, Model model,
            RedirectAttributes redirect) {
        DossierCode dossier = code(code);
        try {
            fees.refund(dossier, version(version), refundReason, me);
            redirect.addFlashAttribute("done", "refunded");
            return "redirect:/ho-so/" + dossier.value() + "/phi";
        } catch (InvalidValueException e) {
            return again(model, me, dossier, e, new Typed(null, null, null, null, null, refundReason));
        }
    }

    @GetMapping("/ho-so/{code}/bien-lai.pdf")
    ResponseEntity<InputStreamResource> receipt(@AuthenticationPrincipal OfficeMember me, @PathVariable String code) {
        DossierCode dossier = code(code);
        InputStream file = fees.receiptFile(dossier, me).orElseThrow(() -> new NotFoundException("No receipt for " + code));
        return PdfDownloads.inline(file, "bien-lai-" + dossier.value() + ".pdf");
    }

    @GetMapping("/phi-le-phi")
    String waiting(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("fees", fees.waiting(me));
        return "fees/waiting";
    }

    /** What was typed, shown again beside the error. */
    record Typed(String quantity, String amount, String basis, String reduction, String reason, String refundReason) {
    }

    private String again(Model model, OfficeMember me, DossierCode dossier, InvalidValueException e, Typed typed) {
        model.addAttribute("error", e.code());
        model.addAttribute("errorField", FIELD_OF.getOrDefault(e.code(), null));
        model.addAttribute("typed", typed);
        fill(model, me, dossier);
        return "fees/dossier-fee";
    }

    private void fill(Model model, OfficeMember me, DossierCode code) {
        var d = dossiers.find(code, me);
        model.addAttribute("d", d);
        model.addAttribute("view", fees.view(code, me).orElse(null));
        model.addAttribute("onlineAvailable", online.available());
    }

    static LocalDate day(String typed, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        if (typed == null || typed.isBlank() || typed.length() > 10) {
            return today;
        }
        try {
            LocalDate day = LocalDate.parse(typed.strip());
            return day.getYear() < 2000 || day.isAfter(today.plusDays(1)) ? today : day;
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    private static long version(String typed) {
        try {
            return Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("fee.stale", "The page is out of date");
        }
    }

    private static int quantity(String typed) {
        if (typed == null || typed.isBlank()) {
            return 1;
        }
        String digits = typed.strip();
        if (!digits.matches("\\d{1,4}")) {
            throw new InvalidValueException("fee.quantity", "The number of cases is 1 to 1,000");
        }
        return Integer.parseInt(digits);
    }

    /** Đồng as typed: digits, with dots or spaces between thousands. */
    private static Long amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip().replace(".", "").replace(" ", "").replace(",", "");
        if (!digits.matches("\\d{1,10}")) {
            throw new InvalidValueException("fee.amount", "An amount is 0 to one billion đồng");
        }
        return Long.parseLong(digits);
    }

    private static DossierCode code(String code) {
        try {
            return new DossierCode(code);
        } catch (RuntimeException e) {
            throw new NotFoundException("No dossier " + code);
        }
    }
}
