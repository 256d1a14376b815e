package vn.motcua.documents.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.documents.Slips;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;

/** A procedure's declaration form, blank, as a PDF anyone may download from the catalogue to fill at home. */
@Controller
class BlankDeclarationController {

    private final Slips slips;

    BlankDeclarationController(Slips slips) {
        this.slips = slips;
    }

    @GetMapping("/thu-tuc/{code}/to-khai.pdf")
    ResponseEntity<byte[]> blank(@PathVariable String code) {
        ProcedureCode procedure;
        try {
            procedure = ProcedureCode.of(code);
        } catch (InvalidValueException e) {
            throw new NotFoundException("No procedure " + code);
        }
        String html = slips.blankDeclarationHtml(procedure)
                .orElseThrow(() -> new NotFoundException("No declaration form for " + code));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("to-khai-" + procedure.value() + ".pdf")
                        .build().toString())
                .body(slips.pdf(html));
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints blankDeclarations() {
            return () -> List.of("/thu-tuc/*/to-khai.pdf");
        }
    }
}
