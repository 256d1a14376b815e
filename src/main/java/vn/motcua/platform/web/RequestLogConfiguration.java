package vn.motcua.platform.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestLogConfiguration {

    /** Runs inside Spring Security's filter chain, where the signed-in user is known. */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLogFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
