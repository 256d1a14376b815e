package vn.motcua.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.platform.security.OfficeMember;

/**
 * One log line per request, carrying the user and office (as MDC keys {@code user} and
 * {@code office}, also printed by the log pattern for every line logged during the request).
 * Registered after Spring Security so that the signed-in user is known.
 */
public class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("motcua.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            putIdentity();
            chain.doFilter(request, response);
        } finally {
            putIdentity();
            if (!isStaticResource(request.getRequestURI())) {
                log.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove("user");
            MDC.remove("office");
        }
    }

    private static void putIdentity() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            MDC.put("user", "-");
            MDC.put("office", "-");
            return;
        }
        MDC.put("user", authentication.getName());
        MDC.put("office", authentication.getPrincipal() instanceof OfficeMember o ? o.officeCode() : "-");
    }

    private static boolean isStaticResource(String uri) {
        return uri.startsWith("/webjars/") || uri.startsWith("/css/") || uri.startsWith("/js/")
                || uri.startsWith("/img/") || uri.equals("/favicon.ico");
    }
}
