package vn.motcua.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.motcua.platform.domain.ControlCharacters;

/**
 * Every request parameter (query, form and multipart fields, names and values) reaches the application without
 * control characters: the one place where they are removed for forms, before Spring Security and every binder.
 * A name with a list index no form renders ({@code ticked[99999]}, {@code copies[-1]}) is refused with 400.
 * JSON bodies get the same through {@link TextInputJson}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TextInputFilter extends OncePerRequestFilter {

    /** A list index in a parameter name, as in {@code copies[3]}. */
    private static final Pattern INDEX = Pattern.compile("\\[(-?\\d+)\\]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(new CleanParameters(request), response);
        } catch (BadParameterException | MaxUploadSizeExceededException e) {
            // thrown while a filter before the application (CSRF, sign-in) read the parameters
            if (!response.isCommitted()) {
                response.sendError(e instanceof BadParameterException ? HttpServletResponse.SC_BAD_REQUEST
                        : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
        }
    }

    /** The request with its parameters cleaned, read from the original once, when first asked for. */
    static final class CleanParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                var clean = new LinkedHashMap<String, String[]>();
                read().forEach((name, values) -> {
                    String[] cleaned = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        cleaned[i] = ControlCharacters.removedFrom(values[i]);
                    }
                    clean.merge(ControlCharacters.removedFrom(name), cleaned, CleanParameters::concat);
                });
                clean.keySet().forEach(CleanParameters::checkIndexes);
                parameters = Collections.unmodifiableMap(clean);
            }
            return parameters;
        }

        /**
         * The container's parameters; a body it cannot read (a multipart part whose headers never end) is a bad
         * request, one over the size limits stays an upload too large (413).
         */
        private Map<String, String[]> read() {
            try {
                return super.getParameterMap();
            } catch (IllegalStateException e) {
                String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("size") && message.contains("exceed") && !message.contains("header section")) {
                    throw new MaxUploadSizeExceededException(-1, e);
                }
                throw new BadParameterException("body", "The form could not be read");
            }
        }

        /** A list index no form renders (negative, or beyond any list a form has) is refused before any binder sees it. */
        private static void checkIndexes(String name) {
            var index = INDEX.matcher(name);
            while (index.find()) {
                String digits = index.group(1);
                if (digits.startsWith("-") || digits.length() > 4 || Integer.parseInt(digits) >= FormBindingProblems.LIST_LIMIT) {
                    throw new BadParameterException(name, "No form has a list index " + digits);
                }
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        private static String[] concat(String[] a, String[] b) {
            String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
