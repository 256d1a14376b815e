package vn.motcua.results.web;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PdfDownloads;
import vn.motcua.results.CertifiedCopies;

/** Electronic copies certified from a digitised scan: made from the dossier page, listed with its results. */
@Controller
class CopyController {

    private final CertifiedCopies copies;

    CopyController(CertifiedCopies copies) {
        this.copies = copies;
    }

    @PostMapping("/ho-so/{code}/ban-quet/{id}/ban-sao")
    String certify(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @PathVariable String id,
            RedirectAttributes redirect) {
        DossierCode dossier = code(code);
        try {
            copies.certify(dossier, uuid(id), me);
            redirect.addFlashAttribute("copied", true);
            return "redirect:/ho-so/" + dossier.value() + "/ket-qua";
        } catch (InvalidValueException e) {
            redirect.addFlashAttribute("digitiseError", e.code());
            return "redirect:/ho-so/" + dossier.value();
        }
    }

    @GetMapping("/ho-so/{code}/ban-sao/{id}.pdf")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @PathVariable String id) {
        var dossier = code(code);
        return PdfDownloads.inline(copies.file(dossier, uuid(id), me), "ban-sao-" + dossier.value() + ".pdf");
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No " + id);
        }
    }

    private static DossierCode code(String code) {
        try {
            return new DossierCode(code);
        } catch (RuntimeException e) {
            throw new NotFoundException("No dossier " + code);
        }
    }
}
