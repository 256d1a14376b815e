package vn.motcua.fuzz;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A client of the running application over real HTTP (Tomcat's decoding, error pages and all), with its own cookies:
 * anonymous, signed in through the sign-in page, or sending HTTP Basic on every request.
 */
final class FuzzClient {

    /** An answer: its status, content type and body as text. */
    record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {
    }

    private final String base;
    private final HttpClient http;
    private final String basic;

    private FuzzClient(String base, String basic) {
        this.base = base;
        this.basic = basic;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static FuzzClient anonymous(int port) {
        return new FuzzClient("http://localhost:" + port, null);
    }

    static FuzzClient bearer(int port, String token) {
        return new FuzzClient("http://localhost:" + port, "Bearer " + token);
    }

    static FuzzClient basic(int port, String username, String password) {
        return new FuzzClient("http://localhost:" + port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Signs in through the sign-in page; the session cookie is kept for every later request. */
    static FuzzClient signedIn(int port, String username, String password) {
        var client = anonymous(port);
        String page = client.get("/dang-nhap").body();
        String token = Jsoup.parse(page).select("input[name=_csrf]").attr("value");
        Answer answer = client.send("POST", "/dang-nhap", "application/x-www-form-urlencoded",
                form(List.of(Map.entry("username", username), Map.entry("password", password), Map.entry("_csrf", token))), Map.of());
        String location = answer.headers().getOrDefault("location", List.of("")).getFirst();
        if (answer.status() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + answer.status() + " " + location);
        }
        return client;
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null, Map.of());
    }

    Answer send(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (basic != null) {
            request.header("Authorization", basic);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response.headers().map());
        } catch (IOException e) {
            return new Answer(599, "", "I/O error: " + e, Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An {@code application/x-www-form-urlencoded} body of the given fields, in order. */
    static byte[] form(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"))
                .getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
