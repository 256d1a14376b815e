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
 * same moment (the page already open: its CSRF token read before), each one multipart request with the e-form and 3 files of 1 MB (two pages of the birth certificate, one
 * other paper), as the page sends it. Prints p50, p95 and the slowest of those requests, from the first byte sent to
 * the last byte of the answer, and checks that each got its dossier code.
 * A warm-up wave of other citizens (bench.N+1 …) goes first, so that the measured wave meets a warm server.
 * With the application's process id, prints the CPU each side used during the measured wave.
 * Usage: java bench/OnlineSubmissionLoad.java PORT N [file bytes] [warm-up submissions] [seed] [application pid]
 */
public class OnlineSubmissionLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern DRAFT = Pattern.compile("/cong-dan/nop-truc-tuyen/([0-9a-f-]{36})");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int n = Integer.parseInt(args[1]);
        int size = args.length > 2 ? Integer.parseInt(args[2]) : 1 << 20;
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261204L;
        String base = "http://localhost:" + port;
        var pool = Executors.newFixedThreadPool(Math.max(n, warm));
        var random = new Random(seed);
        if (warm > 0) {
            var timings = wave(pool, prepared(ready(pool, base, n + 1, warm), size, random));
            System.out.printf("warm-up: %d submissions, p50 %d ms%n", warm, timings.get(warm / 2));
        }
        var ready = ready(pool, base, 1, n);
        System.out.println("signed in and drafted: " + ready.size());
        long appPid = args.length > 5 ? Long.parseLong(args[5]) : -1;
        var requests = prepared(ready, size, random);
        double[] before = cpu(appPid);
        long wall = System.nanoTime();
        var millis = wave(pool, requests);
        wall = (System.nanoTime() - wall) / 1_000_000;
        double[] after = cpu(appPid);
        System.out.printf("CPU seconds during the wave: application %.1f, PostgreSQL %.1f, this client %.1f (of %.1f on 2 cores)%n",
                after[0] - before[0], after[1] - before[1], after[2] - before[2], 2 * wall / 1000.0);
        pool.shutdown();
        System.out.printf("%d concurrent submissions of 3 x %d bytes: p50 %d ms, p95 %d ms, max %d ms; all done in %d ms%n",
                n, size, millis.get(n / 2), millis.get((int) Math.ceil(n * 0.95) - 1), millis.get(n - 1), wall);
    }

    /** Each citizen's request, its files drawn from the seeded generator, built before the wave. */
    static List<Sending> prepared(List<Citizen> ready, int size, Random random) throws Exception {
        var requests = new ArrayList<Sending>();
        for (Citizen c : ready) {
            requests.add(new Sending(c.http(), c.request(new byte[][] {pdf(size, random), pdf(size, random), pdf(size, random)})));
        }
        return requests;
    }

    /** A citizen's request, ready to go. */
    record Sending(HttpClient http, HttpRequest request) {
        /** Sends the dossier; returns the milliseconds of the request. */
        long send() throws Exception {
            long t = System.nanoTime();
            var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (answer.statusCode() != 200 || !answer.body().contains("data-testid=\"sent\"")) {
                throw new IllegalStateException("not sent: " + answer.statusCode() + " " + answer.uri());
            }
            return ms;
        }
    }

    /** CPU seconds so far of the application's process, of every postgres process, and of this client. */
    static double[] cpu(long appPid) throws Exception {
        double app = 0;
        double postgres = 0;
        for (var dir : java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of("/proc"), "[0-9]*")) {
            try {
                String stat = java.nio.file.Files.readString(dir.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                if (Long.parseLong(dir.getFileName().toString()) == appPid) {
                    app = seconds;
                } else if (name.startsWith("postgres")) {
                    postgres += seconds;
                }
            } catch (java.io.IOException | RuntimeException gone) {
                // a process that ended meanwhile
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return new double[] {app, postgres, os.getProcessCpuTime() / 1e9};
    }

    /** Citizens bench.first … bench.(first + count - 1), signed in with a draft each. */
    static List<Citizen> ready(java.util.concurrent.ExecutorService pool, String base, int first, int count) throws Exception {
        var citizens = new ArrayList<Future<Citizen>>();
        for (int i = first; i < first + count; i++) {
            int number = i;
            citizens.add(pool.submit(() -> Citizen.ready(base, "bench." + number)));
        }
        var ready = new ArrayList<Citizen>();
        for (var c : citizens) {
            ready.add(c.get());
        }
        return ready;
    }

    /** All the citizens send their dossier at the same moment; the sorted milliseconds of their requests. */
    static List<Long> wave(java.util.concurrent.ExecutorService pool, List<Sending> requests) throws Exception {
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Long>>();
        for (Sending sending : requests) {
            results.add(pool.submit(() -> {
                start.await();
                return sending.send();
            }));
        }
        start.countDown();
        var millis = new ArrayList<Long>();
        for (var r : results) {
            millis.add(r.get());
        }
        Collections.sort(millis);
        return millis;
    }

    static byte[] pdf(int size, Random random) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    record Citizen(HttpClient http, String base, String draft, String token) {

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
            String page = base + "/cong-dan/nop-truc-tuyen/" + m.group(1);
            return new Citizen(http, base, page, csrf(get(http, page).body()));
        }

        /** The request that sends the dossier with these files. */
        HttpRequest request(byte[][] files) throws Exception {
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
            return HttpRequest.newBuilder(URI.create(draft)).header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
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
