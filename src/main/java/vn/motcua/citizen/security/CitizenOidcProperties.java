package vn.motcua.citizen.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity provider citizens sign in with: VNeID or the national portal's SSO in production, the demo's own
 * provider in the demo. The issuer is read when the first citizen signs in (its discovery document then), so the
 * demo's provider, served by this application, may be the issuer.
 *
 * @param issuerUri the OpenID Connect issuer; empty turns citizen sign-in off
 * @param providerName the name on the sign-in button ("VNeID")
 * @param idNumberClaim the claim holding the personal ID number
 * @param nameClaim the claim holding the full name
 * @param birthDateClaim the claim holding the date of birth (YYYY-MM-DD)
 * @param apiAudiences the audiences a bearer token for the citizen API must name (the client id by default; add the
 *        mobile app's client id)
 */
@ConfigurationProperties("motcua.citizen.oidc")
public record CitizenOidcProperties(String issuerUri, String clientId, String clientSecret, String registrationId,
        String providerName, List<String> scopes, String idNumberClaim, String nameClaim, String birthDateClaim,
        List<String> apiAudiences) {

    public CitizenOidcProperties {
        issuerUri = issuerUri == null ? "" : issuerUri.strip();
        registrationId = blank(registrationId) ? "vneid" : registrationId;
        providerName = blank(providerName) ? "VNeID" : providerName;
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile") : List.copyOf(scopes);
        idNumberClaim = blank(idNumberClaim) ? "personal_id_number" : idNumberClaim;
        nameClaim = blank(nameClaim) ? "name" : nameClaim;
        birthDateClaim = blank(birthDateClaim) ? "birthdate" : birthDateClaim;
        apiAudiences = apiAudiences == null ? List.of() : List.copyOf(apiAudiences);
    }

    /** Who a citizen API token must be meant for. */
    public List<String> audiences() {
        return apiAudiences.isEmpty() && !blank(clientId) ? List.of(clientId) : apiAudiences;
    }

    public boolean enabled() {
        return !issuerUri.isEmpty() && !blank(clientId);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
