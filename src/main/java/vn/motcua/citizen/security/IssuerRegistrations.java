package vn.motcua.citizen.security;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The provider's registration, made from its discovery document when first needed (not at start-up: the demo's
 * provider is this application, and a production provider may be away for a while). A failed discovery is tried
 * again at the next sign-in.
 */
final class IssuerRegistrations implements ClientRegistrationRepository {

    static final String REDIRECT = "{baseUrl}" + CitizenSecurityConfiguration.CALLBACK + "/{registrationId}";

    private final CitizenOidcProperties properties;
    private final Environment environment;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    IssuerRegistrations(CitizenOidcProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!properties.enabled() || !properties.registrationId().equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration.get();
        if (known != null) {
            return known;
        }
        String issuer = environment.resolveRequiredPlaceholders(properties.issuerUri());
        ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(properties.registrationId())
                .clientName(properties.providerName())
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT)
                .scope(properties.scopes())
                .userNameAttributeName("sub")
                .build();
        registration.compareAndSet(null, discovered);
        return registration.get();
    }
}
