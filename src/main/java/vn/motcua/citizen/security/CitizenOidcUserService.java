package vn.motcua.citizen.security;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.motcua.citizen.CitizenAccounts;
import vn.motcua.citizen.domain.CitizenIdentity;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * Turns the provider's claims into the citizen's identity and account: the personal ID number, the name and the
 * date of birth come from the ID token (or the user-info answer), never from the citizen. Claims that are missing or
 * disagree refuse the sign-in.
 */
final class CitizenOidcUserService extends OidcUserService {

    static final String INVALID_IDENTITY = "invalid_identity";

    private final CitizenOidcProperties properties;
    private final CitizenAccounts accounts;

    CitizenOidcUserService(CitizenOidcProperties properties, CitizenAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        CitizenIdentity identity;
        try {
            identity = new CitizenIdentity(PersonalIdNumber.of(claim(user, properties.idNumberClaim())),
                    claim(user, properties.nameClaim()), birthDate(user));
        } catch (InvalidValueException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(INVALID_IDENTITY, e.getMessage(), null));
        }
        var account = accounts.signedIn(user.getIssuer().toString(), user.getSubject(), identity);
        return new CitizenPrincipal(account, user.getIdToken(), user.getUserInfo());
    }

    private static String claim(OidcUser user, String name) {
        Object value = user.getClaims().get(name);
        return value == null ? null : value.toString();
    }

    private LocalDate birthDate(OidcUser user) {
        String value = claim(user, properties.birthDateClaim());
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("citizen.birthDate", "The provider's date of birth is not YYYY-MM-DD");
        }
    }
}
