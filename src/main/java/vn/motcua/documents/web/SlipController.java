package vn.motcua.documents.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;

import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.platform.domain.TypedDate;
import vn.motcua.documents.Slips;
import vn.motcua.documents.domain.FormType;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.platform.web.DateParameters;

/** Form 01 of a dossier for the staff of the offices that hold it: printable HTML and PDF. */
@Controller
class SlipController {

    private final Slips slips;
    private final java.time.Clock clock;

    SlipController(Slips slips, java.time.Clock clock) {
        this.slips = slips;
        this.clock = clock;
    }

    @GetMapping(value = "/ho-so/{code}/mau-01", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String receiptHtml(@AuthenticationPrincipal OfficeMember me, @PathVariable String code) {
        return slips.receiptHtml(code(code), me);
    }

    @GetMapping("/ho-so/{code}/mau-01.pdf")
    ResponseEntity<byte[]> receiptPdf(@AuthenticationPrincipal OfficeMember me, @PathVariable String code) {
        byte[] pdf = slips.receiptPdf(code(code), me);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("mau-01-" + code + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping(value = "/phieu/{id}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String counterSlip(@AuthenticationPrincipal OfficeMember me, @PathVariable long id) {
        return slips.counterSlipHtml(id, me);
    }

    @GetMapping("/phieu/{id}.pdf")
    ResponseEntity<byte[]> counterSlipPdf(@AuthenticationPrincipal OfficeMember me, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("phieu-" + id + ".pdf").build().toString())
                .body(slips.counterSlipPdf(id, me));
    }

    @GetMapping(value = "/ho-so/{code}/to-khai", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String declaration(@AuthenticationPrincipal OfficeMember me, @PathVariable String code) {
        return slips.declarationHtml(code(code), me);
    }

    @GetMapping("/ho-so/{code}/to-khai.pdf")
    ResponseEntity<byte[]> declarationPdf(@AuthenticationPrincipal OfficeMember me, @PathVariable String code) {
        return pdf(slips.pdf(slips.declarationHtml(code(code), me)), "to-khai-" + code);
    }

    @GetMapping(value = "/ho-so/{code}/mau-{form}", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String dossierForm(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @PathVariable String form) {
        return slips.dossierFormHtml(code(code), type(form), me);
    }

    @GetMapping("/ho-so/{code}/mau-{form}.pdf")
    ResponseEntity<byte[]> dossierFormPdf(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @PathVariable String form) {
        return pdf(slips.dossierFormPdf(code(code), type(form), me), "mau-" + form + "-" + code);
    }

    @GetMapping(value = "/so-theo-doi", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String book(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String field,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate[] period = period(from, to);
        return slips.bookHtml(me, field, period[0], period[1]);
    }

    @GetMapping("/so-theo-doi.pdf")
    ResponseEntity<byte[]> bookPdf(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String field,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate[] period = period(from, to);
        return pdf(slips.pdf(slips.bookHtml(me, field, period[0], period[1])), "so-theo-doi");
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build().toString())
                .body(bytes);
    }

    /** The form's slug: 04 apology, 05 stop notice, 06 control sheet, by what they are (not their number). */
    private static FormType type(String form) {
        return switch (form) {
            case "xin-loi" -> FormType.APOLOGY;
            case "dung" -> FormType.STOP_NOTICE;
            case "kiem-soat" -> FormType.CONTROL_SHEET;
            default -> throw new NotFoundException("No form " + form);
        };
    }

    /** The book's form is typed by officers: day first (05/06/2026), or ISO. */
    private static LocalDate typed(String name, String text) {
        try {
            return DateParameters.supported(name, TypedDate.parse(text));
        } catch (InvalidValueException e) {
            throw new BadParameterException(name, "'" + name + "' must be a date like 05/06/2026");
        }
    }

    private LocalDate[] period(String from, String to) {
        try {
            LocalDate end = to == null || to.isBlank() ? LocalDate.now(clock.withZone(WorkingCalendars.ZONE))
                    : typed("to", to);
            LocalDate start = from == null || from.isBlank() ? end.withDayOfMonth(1) : typed("from", from);
            if (start.isAfter(end) || start.plusYears(1).isBefore(end)) {
                throw new BadParameterException("from", "A period of at most a year, from before to");
            }
            return new LocalDate[] {start, end};
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadParameterException("from", "Dates are written 2026-11-01");
        }
    }

    private static DossierCode code(String code) {
        try {
            return DossierCode.of(code);
        } catch (InvalidValueException e) {
            throw new NotFoundException("No dossier " + code);
        }
    }
}
