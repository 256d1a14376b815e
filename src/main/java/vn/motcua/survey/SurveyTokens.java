package vn.motcua.survey;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.survey.domain.SurveyToken;

/**
 * Signs and checks the tokens of the survey QR codes with the configured secret ({@code motcua.survey.secret};
 * the same on every instance). A dossier's token is valid for {@code dossier-days} after it is made (the slip is
 * printed at reception), a counter poster's for {@code counter-days}.
 */
@Service
public class SurveyTokens {

    private final byte[] secret;
    private final Clock clock;
    private final int dossierDays;
    private final int counterDays;
    private final String baseUrl;

    SurveyTokens(@Value("${motcua.survey.secret}") String secret, Clock clock,
            @Value("${motcua.survey.dossier-days:365}") int dossierDays,
            @Value("${motcua.survey.counter-days:730}") int counterDays,
            @Value("${motcua.dossier.public-base-url:http://localhost:8080}") String baseUrl) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("motcua.survey.secret needs at least 32 characters");
        }
        if (secret.startsWith("motcua-development-")) {
            org.slf4j.LoggerFactory.getLogger(SurveyTokens.class)
                    .warn("The survey QR codes are signed with the development secret: set MOTCUA_SURVEY_SECRET in production");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.dossierDays = dossierDays;
        this.counterDays = counterDays;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public String forDossier(String code) {
        return new SurveyToken(SurveyToken.Kind.DOSSIER, code, today().plusDays(dossierDays)).sign(secret);
    }

    public String forCounter(long counterId) {
        return new SurveyToken(SurveyToken.Kind.COUNTER, String.valueOf(counterId), today().plusDays(counterDays)).sign(secret);
    }

    /** The survey address a counter's poster carries. */
    public String counterUrl(long counterId) {
        return baseUrl + "/danh-gia/" + forCounter(counterId);
    }

    /** The lookup address on form 01, with the dossier's survey token. */
    public String lookupUrl(String code) {
        return baseUrl + "/tra-cuu/" + code + "?k=" + forDossier(code);
    }

    public Optional<SurveyToken> verify(String token) {
        return SurveyToken.verify(token, secret, today());
    }

    /** The survey address for a dossier, when the token is that dossier's and valid. */
    public Optional<String> surveyPath(String code, String token) {
        return verify(token).filter(t -> t.kind() == SurveyToken.Kind.DOSSIER && t.subject().equals(code))
                .map(t -> "/danh-gia/" + token);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
    }
}
