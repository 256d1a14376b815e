package vn.motcua.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.portal.Lookups;

/** The JSON twin of the public lookup, with the same masking and the same second factor. */
@RestController
class PublicDossierApi {

    private final Lookups lookups;

    PublicDossierApi(Lookups lookups) {
        this.lookups = lookups;
    }

    @Operation(summary = "A dossier's public status; with the applicant's last 4 digits, its steps too",
            description = "Never an ID number, phone, address or full name. Wrong digits → 403; too many → 429.")
    @GetMapping("/api/v1/public/dossiers/{code}")
    PublicDossiers.View dossier(
            @Parameter(description = "The dossier code, as on the slip", example = "H99.01-261202-0001") @PathVariable String code,
            @Parameter(description = "Last 4 digits of the applicant's phone or personal ID number", example = "3456",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(pattern = "^[0-9]{4}$"))
            @RequestHeader(name = "X-Verification-Digits", required = false) String digits, HttpServletRequest request) {
        var answer = lookups.find(code, digits, request.getRemoteAddr());
        if (answer.refusal() == null) {
            return answer.view();
        }
        throw switch (answer.refusal()) {
            case NOT_FOUND -> new NotFoundException("No dossier " + code);
            case WRONG_DIGITS -> new ResponseStatusException(HttpStatus.FORBIDDEN, "The verification digits are wrong");
            case TOO_MANY_ATTEMPTS, TOO_MANY_REQUESTS -> new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many attempts; try again later");
        };
    }
}
