package vn.motcua.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only ({@code /css/**}, {@code /js/**}, {@code /img/**}, {@code /webjars/**} and the
 * {@code /favicon.ico} every browser asks for), instead of Spring Boot's
 * catch-all {@code /**}: with the catch-all, every link a page renders was looked up on the class path as a
 * possible file (most of the rendering time of a public page, measured in docs/benchmarks.md).
 * {@code spring.web.resources.add-mappings=false} turns the catch-all off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    static final CacheControl WEEK = CacheControl.maxAge(Duration.ofDays(7));

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(WEEK);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(WEEK);
        registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/").setCacheControl(WEEK);
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").setCacheControl(WEEK);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(WEEK).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
