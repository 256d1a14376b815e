package vn.motcua.citizen.demoprovider;

import java.nio.file.Path;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import vn.motcua.citizen.persistence.DemoProviderKeyRows;
import vn.motcua.citizen.security.CitizenOidcProperties;
import vn.motcua.platform.security.PageHeaders;

/**
 * The demo's own OpenID Connect provider (demo profile only), standing in for VNeID: Spring Authorization Server
 * under {@code /demo-idp} (its issuer is this server's address plus {@code /demo-idp}), its sample citizens signing in
 * on a page that says it is the demo's provider. The ID token carries the claims a national provider gives: the
 * personal ID number, the full name and the date of birth.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoProviderConfiguration {

    static final String PATH = "/demo-idp";
    static final String LOGIN_PAGE = PATH + "/dang-nhap";

    @Bean
    DemoCitizens demoCitizens(PasswordEncoder encoder, @Value("${motcua.demo.citizens-file:}") String extra) {
        return new DemoCitizens(encoder, extra.isBlank() ? null : Path.of(extra));
    }

    @Bean
    RegisteredClientRepository demoProviderClients(CitizenOidcProperties properties, Environment environment) {
        return new DemoClients(properties, environment);
    }

    @Bean
    JWKSource<SecurityContext> demoProviderKeys(DemoProviderKeyRows keys) {
        return new ImmutableJWKSet<>(keys.keys());
    }

    /** Reads the provider's own access tokens at its user-info endpoint. */
    @Bean
    JwtDecoder demoProviderTokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoProviderClaims(DemoCitizens citizens) {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            citizens.identity(context.getPrincipal().getName()).ifPresent(identity -> context.getClaims()
                    .claim("personal_id_number", identity.idNumber().value())
                    .claim("name", identity.fullName())
                    .claim("birthdate", identity.birthDate().toString())
                    .claim("demo", true));
        };
    }

    @Bean
    @Order(3)
    SecurityFilterChain demoProviderSecurity(HttpSecurity http, RegisteredClientRepository clients,
            OAuth2AuthorizationService authorizations, DemoCitizens citizens, PasswordEncoder encoder) throws Exception {
        var context = new HttpSessionSecurityContextRepository();
        context.setSpringSecurityContextKey("MOTCUA_DEMO_PROVIDER_SECURITY_CONTEXT");
        var savedRequests = new HttpSessionRequestCache();
        savedRequests.setSessionAttrName("MOTCUA_DEMO_PROVIDER_SAVED_REQUEST");
        var signIn = new DaoAuthenticationProvider(citizens::user);
        signIn.setPasswordEncoder(encoder);
        // only the sample citizens sign in here: no falling back to the staff accounts
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
        http.securityMatcher(PATH + "/**")
                .oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(clients)
                        .authorizationService(authorizations)
                        .authorizationServerSettings(AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build())
                        .oidc(Customizer.withDefaults()))
                .authenticationProvider(signIn)
                .securityContext(security -> security.securityContextRepository(context))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .authorizeHttpRequests(auth -> auth.requestMatchers(LOGIN_PAGE).permitAll().anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .failureUrl(LOGIN_PAGE + "?error").permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE)))
                .headers(PageHeaders.pages());
        return http.build();
    }
}
