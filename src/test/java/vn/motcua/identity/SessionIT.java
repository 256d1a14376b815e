package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.DatabaseTest;

/** Over real HTTP, as a browser does it: the session cookie is replaced when the user signs in. */
@DatabaseTest
class SessionIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void signing_in_issues_a_new_session_id() throws Exception {
        var cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        URI login = URI.create("http://localhost:" + port + "/dang-nhap");

        String page = http.send(HttpRequest.newBuilder(login).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String before = sessionId(cookies);

        String form = "username=tiepnhan&password=" + URLEncoder.encode(SignInIT.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(login)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        assertThat(sessionId(cookies)).isNotBlank().isNotEqualTo(before);
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("MOTCUA_SESSION"))
                .map(HttpCookie::getValue)
                .findFirst().orElse("");
    }
}
