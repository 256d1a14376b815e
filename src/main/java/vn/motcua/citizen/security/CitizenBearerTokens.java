package vn.motcua.citizen.security;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import vn.motcua.citizen.persistence.CitizenAccountRows;

/**
 * Bearer tokens for the citizen API: access tokens of the same provider citizens sign in with (its keys and issuer
 * read from its discovery document at the first call), meant for MotCua (audience), naming a citizen who has signed in
 * on the web once (their account is found by issuer and subject).
 */
final class CitizenBearerTokens {

    private final CitizenOidcProperties properties;
    private final Environment environment;
    private final CitizenAccountRows accounts;
    private final AtomicReference<JwtDecoder> decoder = new AtomicReference<>();

    CitizenBearerTokens(CitizenOidcProperties properties, Environment environment, CitizenAccountRows accounts) {
        this.properties = properties;
        this.environment = environment;
        this.accounts = accounts;
    }

    JwtDecoder decoder() {
        return token -> {
            if (!properties.enabled()) {
                throw new InvalidBearerTokenException("Citizen sign-in is not configured");
            }
            JwtDecoder known = decoder.get();
            if (known == null) {
                String issuer = environment.resolveRequiredPlaceholders(properties.issuerUri());
                var made = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
                OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                        aud -> aud != null && aud.stream().anyMatch(properties.audiences()::contains));
                made.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience));
                decoder.compareAndSet(null, made);
                known = decoder.get();
            }
            return known.decode(token);
        };
    }

    /** The citizen the token names, with the role {@code CITIZEN} only. */
    Converter<Jwt, AbstractAuthenticationToken> citizens() {
        return jwt -> {
            var account = accounts.find(jwt.getIssuer().toString(), jwt.getSubject())
                    .orElseThrow(() -> new InvalidBearerTokenException(
                            "No citizen account for this token: sign in on the web once to make it"));
            return new CitizenToken(jwt, account);
        };
    }

    /** An authenticated API call of a citizen: the account id as principal. */
    static final class CitizenToken extends AbstractAuthenticationToken {

        private final transient Jwt jwt;
        private final UUID accountId;

        CitizenToken(Jwt jwt, UUID accountId) {
            super(List.of(new SimpleGrantedAuthority(CitizenPrincipal.ROLE)));
            this.jwt = jwt;
            this.accountId = accountId;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return accountId;
        }
    }
}
