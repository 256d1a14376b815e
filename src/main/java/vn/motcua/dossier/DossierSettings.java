package vn.motcua.dossier;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.motcua.dossier.domain.DossierCodePattern;
import vn.motcua.dossier.domain.DossierRules;

/**
 * Settings of the dossier workflow ({@code motcua.dossier.*}): the code pattern, the supplement window, the
 * transfer cut-off, the "due soon" warning, and the public base URL printed in the QR code of form 01.
 */
@ConfigurationProperties("motcua.dossier")
public record DossierSettings(String codePattern, Integer supplementWindowDays, LocalTime transferCutoff,
        Duration transferGrace, Duration dueSoon, String publicBaseUrl) {

    public DossierSettings {
        codePattern = codePattern == null ? DossierCodePattern.DEFAULT.pattern() : codePattern;
        supplementWindowDays = supplementWindowDays == null ? 3 : supplementWindowDays;
        transferCutoff = transferCutoff == null ? LocalTime.of(15, 0) : transferCutoff;
        transferGrace = transferGrace == null ? Duration.ofHours(1) : transferGrace;
        dueSoon = dueSoon == null ? Duration.ofHours(8) : dueSoon;
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl.replaceAll("/+$", "");
        new DossierCodePattern(codePattern);
    }

    public DossierCodePattern pattern() {
        return new DossierCodePattern(codePattern);
    }

    public DossierRules rules() {
        return new DossierRules(supplementWindowDays, transferCutoff, transferGrace.toMinutes());
    }

    public String lookupUrl(String code) {
        return publicBaseUrl + "/tra-cuu/" + code;
    }
}
