package vn.motcua.platform.web;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The large-text option for older readers: {@code /co-chu?lon=true&tiep=/tra-cuu/...} remembers the choice in a
 * cookie and returns to the page; every page then renders with larger type. Only a path of this site is
 * followed, never another site.
 */
@Controller
@ControllerAdvice
public class TextSize {

    static final String COOKIE = "motcua-text";

    @ModelAttribute("largeText")
    boolean largeText(@CookieValue(name = COOKIE, required = false) String value) {
        return "lon".equals(value);
    }

    @GetMapping("/co-chu")
    String choose(@RequestParam(defaultValue = "false") boolean lon, @RequestParam(defaultValue = "/") String tiep,
            HttpServletResponse response) {
        remember(response, lon);
        boolean local = tiep.startsWith("/") && !tiep.startsWith("//") && !tiep.contains("\\") && !tiep.contains("\r")
                && !tiep.contains("\n");
        return "redirect:" + (local ? tiep : "/");
    }

    /**
     * Remembers the reader's choice; for a page that must not be left to change it (a page shown after a form, whose
     * answer a redirect would lose), which then renders with {@code largeText} set to the choice.
     */
    public static void remember(HttpServletResponse response, boolean large) {
        var cookie = ResponseCookie.from(COOKIE, large ? "lon" : "thuong").path("/").maxAge(Duration.ofDays(365))
                .sameSite("Lax").httpOnly(true).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints textSizeChoice() {
            return () -> List.of("/co-chu");
        }
    }
}
