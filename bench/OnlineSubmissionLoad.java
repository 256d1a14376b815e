import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * The load of bench/online-submissions.sh: N citizens (bench.1 … bench.N of the generated citizens file) each sign in
 * through the demo provider and start a birth registration draft at Vĩnh Thạnh; then all send their dossier at the
 * same moment, each one multipart request with the e-form and 3 files of 1 MB (two pages of the birth certificate, one
 * other paper), as the page sends it. Prints p50, p95 and the slowest of those requests, from the first byte sent to
 * the last byte of the answer, and checks that each got its dossier code.
 * Usage: java bench/OnlineSubmissionLoad.java PORT N [file bytes] [seed]
 */
public class OnlineSubmissionLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern DRAFT = Pattern.compile("/cong-dan/nop-truc-tuyen/([0-9a-f-]{36})");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1 << 20;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261204L;
        String base = "http://localhost:" + port;
        var pool = Executors.newFixedThreadPool(n);
        var citizens = new ArrayList<Future<Citizen>>();
        for (int i = 1; i <= n; i++) {
            int number = i;
            citizens.add(pool.submit(() -> Citizen.ready(base, "bench." + number)));
        }
        var ready = new ArrayList<Citizen>();
        for (var c : citizens) {
            ready.add(c.get());
        }
        System.out.println("signed in and drafted: " + ready.size());
        var random = new Random(seed);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Long>>();
        for (Citizen c : ready) {
            byte[][] files = {pdf(size, random), pdf(size, random), pdf(size, random)};
            results.add(pool.submit(() -> {
                start.await();
                return c.send(files);
            }));
        }
        long wall = System.nanoTime();
        start.countDown();
        var millis = new ArrayList<Long>();
        for (var r : results) {
            millis.add(r.get());
        }
        wall = (System.nanoTime() - wall) / 1_000_000;
        pool.shutdown();
        Collections.sort(millis);
        System.out.printf("%d concurrent submissions of 3 x %d bytes: p50 %d ms, p95 %d ms, max %d ms; all done in %d ms%n",
                n, size, millis.get(n / 2), millis.get((int) Math.ceil(n * 0.95) - 1), millis.get(n - 1), wall);
    }

    static byte[] pdf(int size, Random random) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    record Citizen(HttpClient http, String base, String draft) {

        static Citizen ready(String base, String username) throws Exception {
            var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            var login = get(http, base + "/cong-dan/dang-nhap/oidc/vneid");
            post(http, base + "/demo-idp/dang-nhap", "username=" + username + "&password=CongDan%402026&_csrf="
                    + csrf(login.body()));
            var choose = get(http, base + "/cong-dan/nop/1.001193");
            var draft = post(http, base + "/cong-dan/nop/1.001193", "office=H99.06&_csrf=" + csrf(choose.body()));
            var m = DRAFT.matcher(draft.uri().getPath());
            if (!m.find()) {
                throw new IllegalStateException(username + ": no draft: " + draft.statusCode() + " " + draft.uri());
            }
            return new Citizen(http, base, base + "/cong-dan/nop-truc-tuyen/" + m.group(1));
        }

        /** Sends the dossier; returns the milliseconds of the request. */
        long send(byte[][] files) throws Exception {
            String token = csrf(get(http, draft).body());
            String boundary = "----bench" + UUID.randomUUID();
            var body = new ByteArrayOutputStream();
            String[][] fields = {{"d.childFullName", "Nguyễn Văn Bé"}, {"d.childBirthDate", "28/11/2026"}, {"d.childSex", "Nam"},
                    {"d.childBirthPlace", "Trạm y tế xã"}, {"d.childHometown", "Vĩnh Thạnh"}, {"d.childEthnicity", "Kinh"},
                    {"d.relationship", "Cha"}, {"phone", "0912345678"}, {"action", "submit"},
                    {"submitKey", UUID.randomUUID().toString()}, {"_csrf", token}};
            for (String[] f : fields) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1] + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            String[] names = {"file.0", "file.0", "file.1"};
            for (int i = 0; i < files.length; i++) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + names[i] + "\"; filename=\"trang-"
                        + i + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(files[i]);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            var request = HttpRequest.newBuilder(URI.create(draft)).header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            long t = System.nanoTime();
            var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (answer.statusCode() != 200 || !answer.body().contains("data-testid=\"sent\"")) {
                throw new IllegalStateException("not sent: " + answer.statusCode() + " " + answer.uri());
            }
            return ms;
        }

        static HttpResponse<String> get(HttpClient http, String url) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        static String csrf(String page) {
            var m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token");
            }
            return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        }
    }
}
