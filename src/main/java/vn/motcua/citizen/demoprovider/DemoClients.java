package vn.motcua.citizen.demoprovider;

import java.time.Duration;
import java.util.LinkedHashSet;

import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import vn.motcua.citizen.security.CitizenOidcProperties;

/**
 * The demo provider's one client, MotCua itself, as configured ({@code motcua.citizen.oidc.client-id} and secret).
 * Its return addresses are MotCua's public address and this server's own port on localhost (the port is known once
 * the server listens), so the demo works as started, in tests and behind a balancer. Configuration, the same on every
 * instance: nothing to share.
 */
final class DemoClients implements RegisteredClientRepository {

    private final CitizenOidcProperties properties;
    private final Environment environment;
    /** Hashed once, as the provider would store it (a secret stored in clear would be "upgraded" by a save). */
    private final String secretHash;

    DemoClients(CitizenOidcProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        this.secretHash = properties.clientSecret() == null ? null
                : PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(properties.clientSecret());
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("the demo provider's client is configuration");
    }

    /** A citizen's app (public, with PKCE) that calls the citizen API with the citizen's bearer token. */
    static final String APP = "motcua-citizen-app";

    @Override
    public RegisteredClient findById(String id) {
        if (APP.equals(id)) {
            return app();
        }
        return properties.clientId() != null && properties.clientId().equals(id) ? client() : null;
    }

    private static RegisteredClient app() {
        return RegisteredClient.withId(APP)
                .clientId(APP)
                .clientName("MotCua app (demo)")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/app/callback") // a loopback address: any port, as apps listen
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
                .build();
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return findById(clientId);
    }

    private RegisteredClient client() {
        String path = "/cong-dan/dang-nhap/oidc/tro-ve/" + properties.registrationId();
        var redirects = new LinkedHashSet<String>();
        redirects.add(environment.getProperty("motcua.dossier.public-base-url", "http://localhost:8080").replaceAll("/+$", "")
                + path);
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            redirects.add("http://localhost:" + port + path);
        }
        redirects.add("http://127.0.0.1" + path); // any port, as loopback addresses are matched
        return RegisteredClient.withId(properties.clientId())
                .clientId(properties.clientId())
                .clientSecret(secretHash)
                .clientName("MotCua")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(redirects))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
                .build();
    }
}
