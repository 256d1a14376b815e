package vn.motcua.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a survey QR carries: a dossier (form 01) or a counter (its poster), and the last day it may be used,
 * signed with the office system's secret (HMAC-SHA256) so that it cannot be made up or altered:
 * {@code base64url(kind:subject:expiry).base64url(signature)}.
 */
public record SurveyToken(Kind kind, String subject, LocalDate lastDay) {

    public enum Kind { DOSSIER, COUNTER }

    public SurveyToken {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lastDay, "lastDay");
        if (subject == null || subject.isBlank() || subject.contains(":")) {
            throw new IllegalArgumentException("A survey token names a dossier or a counter");
        }
    }

    public String sign(byte[] secret) {
        String payload = kind.name() + ":" + subject + ":" + lastDay;
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(mac(secret, payload));
    }

    /** The token a text carries, if its signature is right and it is still valid on {@code today}. */
    public static Optional<SurveyToken> verify(String text, byte[] secret, LocalDate today) {
        if (text == null || text.length() > 300) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(text.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(text.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(secret, payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split(":");
            var token = new SurveyToken(Kind.valueOf(parts[0]), parts[1], LocalDate.parse(parts[2]));
            return today.isAfter(token.lastDay()) ? Optional.empty() : Optional.of(token);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(byte[] secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
