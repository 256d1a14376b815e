package vn.motcua.identity.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

import vn.motcua.platform.security.PageHeaders;
import vn.motcua.platform.web.DatabaseAway;
import vn.motcua.platform.web.PublicEndpoints;

/**
 * Staff sign in with a form (or HTTP Basic for APIs and metrics). Everything is closed unless a
 * module declares it public through {@link PublicEndpoints}; CSRF protection stays on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LockoutProperties.class)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/dang-nhap";
    static final String LOGOUT_URL = "/dang-xuat";

    /**
     * The REST API: HTTP Basic with a staff account on every request, no session and so no CSRF token
     * (a browser's session cookie does not authenticate here); the public API paths stay open.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, List<PublicEndpoints> publicEndpoints) throws Exception {
        String[] open = publicEndpoints.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(open).permitAll().anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(databaseAware(new BasicAuthenticationEntryPoint())))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /** Staff pages and everything no earlier chain (API, citizens, the demo's provider) took. */
    @Bean
    @org.springframework.core.annotation.Order(10)
    SecurityFilterChain staffSecurity(HttpSecurity http, List<PublicEndpoints> publicEndpoints) throws Exception {
        String[] open = publicEndpoints.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                        .requestMatchers(LOGIN_PAGE, "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico").permitAll()
                        .requestMatchers(open).permitAll()
                        .requestMatchers("/quan-tri/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, failure) -> {
                            if (DatabaseAway.isDatabaseAway(failure)) {
                                DatabaseAway.answer(request, response);
                            } else {
                                failureHandler().onAuthenticationFailure(request, response, failure);
                            }
                        })
                        .permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout
                        .logoutUrl(LOGOUT_URL)
                        .logoutSuccessUrl(LOGIN_PAGE + "?loggedOut")
                        .deleteCookies("MOTCUA_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(PageHeaders.pages());
        return http.build();
    }

    /**
     * While the database is away an account cannot be read: that is answered 503, not 401 as if the password were
     * wrong (platform.web.DatabaseAway).
     */
    private static AuthenticationEntryPoint databaseAware(BasicAuthenticationEntryPoint basic) {
        basic.setRealmName("MotCua");
        basic.afterPropertiesSet();
        return (request, response, failure) -> {
            if (DatabaseAway.isDatabaseAway(failure)) {
                DatabaseAway.answer(request, response);
            } else {
                basic.commence(request, response, failure);
            }
        };
    }

    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        var handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), LOGIN_PAGE + "?locked",
                DisabledException.class.getName(), LOGIN_PAGE + "?disabled"));
        handler.setDefaultFailureUrl(LOGIN_PAGE + "?error");
        return handler;
    }

    /** BCrypt (by the delegating encoder's default), with successful checks remembered for 10 minutes. */
    @Bean
    PasswordEncoder passwordEncoder(java.time.Clock clock) {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock,
                java.time.Duration.ofMinutes(10), 10_000);
    }
}
