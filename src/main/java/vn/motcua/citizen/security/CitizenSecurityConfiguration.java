package vn.motcua.citizen.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import vn.motcua.citizen.CitizenAccounts;
import vn.motcua.platform.security.PageHeaders;

/**
 * Citizens' pages ({@code /cong-dan/**}) sign in by OpenID Connect. The citizen's security context is kept in the
 * session under its own name, apart from a member of staff's: a citizen is never a member of staff, and signing out
 * one does not sign out the other in a shared browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CitizenOidcProperties.class)
class CitizenSecurityConfiguration {

    static final String PAGES = "/cong-dan";
    static final String LOGIN_PAGE = PAGES + "/dang-nhap";
    static final String AUTHORIZATION = LOGIN_PAGE + "/oidc";
    static final String CALLBACK = AUTHORIZATION + "/tro-ve";
    static final String LOGOUT_URL = PAGES + "/dang-xuat";
    static final String CONTEXT_ATTRIBUTE = "MOTCUA_CITIZEN_SECURITY_CONTEXT";

    @Bean
    ClientRegistrationRepository citizenIdentityProvider(CitizenOidcProperties properties, Environment environment) {
        return new IssuerRegistrations(properties, environment);
    }

    @Bean
    @Order(4)
    SecurityFilterChain citizenSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            CitizenOidcProperties properties, CitizenAccounts accounts) throws Exception {
        var context = new HttpSessionSecurityContextRepository();
        context.setSpringSecurityContextKey(CONTEXT_ATTRIBUTE);
        var savedRequests = new HttpSessionRequestCache();
        savedRequests.setSessionAttrName("MOTCUA_CITIZEN_SAVED_REQUEST");
        http.securityMatcher(PAGES + "/**")
                .securityContext(security -> security.securityContextRepository(context))
                .requestCache(cache -> cache.requestCache(savedRequests))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(LOGIN_PAGE, AUTHORIZATION + "/**").permitAll()
                        .anyRequest().hasAuthority(CitizenPrincipal.ROLE))
                .oauth2Login(login -> login
                        .loginPage(LOGIN_PAGE)
                        .clientRegistrationRepository(registrations)
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(AUTHORIZATION))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK + "/*"))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new CitizenOidcUserService(properties, accounts)))
                        .defaultSuccessUrl(PAGES, false)
                        .failureUrl(LOGIN_PAGE + "?error"))
                .logout(logout -> logout
                        .logoutUrl(LOGOUT_URL)
                        .invalidateHttpSession(false)
                        .logoutSuccessUrl(LOGIN_PAGE + "?loggedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(PageHeaders.pages());
        return http.build();
    }
}
