package vn.motcua.fees.demo;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import vn.motcua.platform.web.PublicEndpoints;

/**
 * The demo gateway's payment pages are public (the citizen is the gateway's visitor); its merchant API checks each
 * request's signature itself: no session, no CSRF token, as a server calls it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoGatewaySecurity {

    @Bean
    @Order(2)
    SecurityFilterChain demoMerchantApiChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DemoPaymentGateway.PATH + "/merchant_webapi/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    PublicEndpoints demoGatewayPages() {
        return () -> List.of(DemoPaymentGateway.PATH + "/paymentv2/**");
    }
}
