package vn.motcua.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie set over TLS is marked {@code Secure}: the language and text-size cookies as well as the session
 * (which Tomcat marks itself). Behind a proxy that ends TLS, the request counts as secure when the proxy says so
 * with {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy=native}, trusted proxies in
 * {@code server.tomcat.remoteip.internal-proxies}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SecureCookies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureOnly(response) : response);
    }

    private static final class SecureOnly extends HttpServletResponseWrapper {

        SecureOnly(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secure(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secure(name, value));
        }

        private static String secure(String name, String value) {
            boolean cookie = "Set-Cookie".equalsIgnoreCase(name) && value != null;
            return cookie && !value.toLowerCase(Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?$") ? value + "; Secure" : value;
        }
    }
}
