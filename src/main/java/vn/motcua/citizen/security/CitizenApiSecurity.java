package vn.motcua.citizen.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import vn.motcua.citizen.persistence.CitizenAccountRows;

/**
 * The citizen API ({@code /api/v1/citizen/**}): bearer tokens of the citizens' identity provider, no session, no
 * cookie; the citizen's own dossiers and papers only. Before the staff API's chain, which would take any
 * {@code /api/**}.
 */
@Configuration(proxyBeanMethods = false)
class CitizenApiSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain citizenApiSecurityChain(HttpSecurity http, CitizenOidcProperties properties, Environment environment,
            CitizenAccountRows accounts) throws Exception {
        var tokens = new CitizenBearerTokens(properties, environment, accounts);
        http.securityMatcher("/api/v1/citizen/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(CitizenPrincipal.ROLE))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(tokens.decoder())
                        .jwtAuthenticationConverter(tokens.citizens())))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }
}
