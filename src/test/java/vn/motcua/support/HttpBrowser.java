package vn.motcua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A browser over real HTTP for database-tier tests: cookies kept, redirects followed, pages asked for as HTML; a
 * citizen signs in through the demo's identity provider as a person would.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    public static final String CITIZEN_PASSWORD = "CongDan@2026";

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public HttpBrowser(int port) {
        this.port = port;
    }

    public HttpResponse<String> signInAsCitizen(String username, String password) throws Exception {
        HttpResponse<String> providerLogin = get("/cong-dan/dang-nhap/oidc/vneid");
        assertThat(providerLogin.uri().getPath()).isEqualTo("/demo-idp/dang-nhap");
        return post("/demo-idp/dang-nhap", "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + csrf(providerLogin.body()));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a multipart form: text fields, then one file (the CSRF token taken from the page at {@code path}). */
    public HttpResponse<String> upload(String path, String fileField, String fileName, byte[] content, String... fields)
            throws Exception {
        String token = csrfToken(get(path).body());
        String boundary = "----motcua" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        var parts = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                .append(token).append("\r\n");
        parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.write(parts.toString().getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page's CSRF token, form-encoded. */
    public static String csrf(String page) {
        return encode(csrfToken(page));
    }

    private static String csrfToken(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
