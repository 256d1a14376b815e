package vn.motcua.signatures.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.PublicEndpoints;
import vn.motcua.signatures.SignatureCheck;

/**
 * "Xác minh chữ ký số" for anyone ({@code /xac-minh-chu-ky}): upload a PDF, read whether its signatures are valid, by
 * whom and when, and which dossier of MotCua it is; the same as an API ({@code POST /api/v1/signatures/verify}).
 */
@Controller
@Tag(name = "Signatures", description = "Checking the digital signatures of a PDF MotCua issued (public)")
class VerifyController {

    static final String PAGE = "/xac-minh-chu-ky";
    static final String API = "/api/v1/signatures/verify";

    private final SignatureCheck check;

    VerifyController(SignatureCheck check) {
        this.check = check;
    }

    @GetMapping(PAGE)
    String page() {
        return "signatures/verify";
    }

    @PostMapping(PAGE)
    String verify(@RequestParam(required = false) MultipartFile file, Model model) {
        try {
            model.addAttribute("verdict", check.check(bytes(file)));
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
        }
        return "signatures/verify";
    }

    @Operation(summary = "Checks the signatures of an uploaded PDF: valid or not, by whom, when, and the dossier it belongs to")
    @PostMapping(path = API, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SignatureCheck.Verdict api(@RequestParam(required = false) MultipartFile file) {
        return check.check(bytes(file));
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("file.empty", "No file");
        }
        if (file.getSize() > SignatureCheck.MAX_BYTES) {
            throw new InvalidValueException("file.tooLarge", "At most 20 MB");
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidValueException("file.unreadable", "The upload could not be read");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints signatureCheckPages() {
            return () -> List.of(PAGE, API);
        }
    }
}
