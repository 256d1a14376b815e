package vn.motcua.platform.files.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The demo's object store checks each request's S3 signature itself: no session, no cookie, no CSRF token. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoObjectStoreSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain demoObjectStoreChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DemoObjectStore.PATH + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
