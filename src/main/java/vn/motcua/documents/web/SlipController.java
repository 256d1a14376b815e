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

import vn.motcua.documents.Slips;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/** Form 01 of a dossier for the staff of the offices that hold it: printable HTML and PDF. */
@Controller
class SlipController {

    private final Slips slips;

    SlipController(Slips slips) {
        this.slips = slips;
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

    private static DossierCode code(String code) {
        try {
            return DossierCode.of(code);
        } catch (InvalidValueException e) {
            throw new NotFoundException("No dossier " + code);
        }
    }
}
