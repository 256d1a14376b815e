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
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final HttpClient stepwise = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpBrowser(int port) {
        this.port = port;
    }

    public HttpResponse<String> signInAsCitizen(String username, String password) throws Exception {
        HttpResponse<String> providerLogin = get("/cong-dan/dang-nhap/oidc/vneid");
        assertThat(providerLogin.uri().getPath()).isEqualTo("/demo-idp/dang-nhap");
        return post("/demo-idp/dang-nhap", "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + csrf(providerLogin.body()));
    }

    /** Signs a staff member in through the sign-in page, as at a desk. */
    public HttpResponse<String> signInAsStaff(String username, String password) throws Exception {
        HttpResponse<String> login = get("/dang-nhap");
        return post("/dang-nhap", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + csrf(login.body()));
    }

    /**
     * An access token for the demo's citizen app, as an app gets one: authorization code with PKCE through the demo
     * provider's sign-in page, then the token endpoint.
     */
    public String citizenAppToken(String username, String password) throws Exception {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        var base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String verifier = base64.encodeToString(random);
        String challenge = base64.encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String redirect = "http://127.0.0.1:" + port + "/app/callback";
        var first = stepwise.send(HttpRequest.newBuilder(uri("/demo-idp/oauth2/authorize?response_type=code"
                + "&client_id=motcua-citizen-app&scope=openid&state=app&code_challenge=" + challenge
                + "&code_challenge_method=S256&redirect_uri=" + encode(redirect))).build(), HttpResponse.BodyHandlers.discarding());
        String callback = first.headers().firstValue("Location").orElseThrow();
        if (!callback.startsWith(redirect)) { // not signed in at the provider yet: its sign-in page first
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(callback)).header("Accept", "text/html")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.uri().getPath()).isEqualTo("/demo-idp/dang-nhap");
            var signedIn = stepwise.send(HttpRequest.newBuilder(uri("/demo-idp/dang-nhap"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
                            + "&_csrf=" + csrf(login.body()))).build(), HttpResponse.BodyHandlers.discarding());
            String authorize = signedIn.headers().firstValue("Location").orElseThrow();
            var answer = stepwise.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
                    HttpResponse.BodyHandlers.discarding());
            callback = answer.headers().firstValue("Location").orElseThrow();
        }
        assertThat(callback).startsWith(redirect);
        String code = java.net.URLDecoder.decode(callback.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        var token = http.send(HttpRequest.newBuilder(uri("/demo-idp/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=motcua-citizen-app&code="
                        + encode(code) + "&redirect_uri=" + encode(redirect) + "&code_verifier=" + verifier)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        return token.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
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
        var named = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            named.put(fields[i], fields[i + 1]);
        }
        return multipart(path, named, fileField == null ? Map.of() : Map.of(fileField, new FilePart(fileName, content)));
    }

    /** A file of a multipart form. */
    public record FilePart(String fileName, byte[] content) {
    }

    /** Posts a multipart form with text fields and files (the CSRF token taken from the page at {@code path}). */
    public HttpResponse<String> multipart(String path, Map<String, String> fields,
            Map<String, FilePart> files) throws Exception {
        String token = csrfToken(get(path).body());
        String boundary = "----motcua" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        var parts = new StringBuilder();
        fields.forEach((name, value) -> parts.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value)
                .append("\r\n"));
        parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                .append(token).append("\r\n");
        body.write(parts.toString().getBytes(StandardCharsets.UTF_8));
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\""
                    + file.getValue().fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue().content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
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
