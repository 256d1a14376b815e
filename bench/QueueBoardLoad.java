import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/queue-board.sh: one office (H99.01) with 10 counters (its administrator adds 8 to the demo's 2)
 * and B display boards (20 by default) connected to /man-hinh/H99.01/su-kien; 10 counters, each an HTTP session of
 * the office's receptionist, call at R calls a minute in all (200 by default): each cycle gives a ticket at the
 * counter, calls the next and marks it a no-show, so the counter is free again. For every call each board receives,
 * the delay from the call's time on the server (the ticket's called_at, written in the call's transaction) to the
 * moment the board's event first shows it here, for the calls made in the measured seconds; prints p50, p99 and the slowest, and how many (call, board) pairs never
 * arrived. A warm-up of W seconds first (not measured). Client and server share this machine's clock.
 * Usage: java bench/QueueBoardLoad.java PORT [boards] [calls a minute] [seconds] [warm-up seconds]
 */
public class QueueBoardLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern CALL = Pattern.compile("\"ticket\":\"([0-9a-f-]{36})\",\"number\":\"\\d+\",\"counter\":\\d+,\"calls\":(\\d+),"
            + "\"at\":\"([^\"]+)\"");
    static final Pattern CURRENT = Pattern.compile("/quay/ve/([0-9a-f-]{36})/vang");
    static final String OFFICE = "H99.01";

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:" + args[0];
        int boards = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int perMinute = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int warm = args.length > 4 ? Integer.parseInt(args[4]) : 15;

        var admin = signedIn(base, "quantri");
        String office = admin.get("/quan-tri/don-vi/" + OFFICE);
        Matcher desk = Pattern.compile("name=\"deskId\" value=\"(\\d+)\"").matcher(office);
        if (!desk.find()) {
            throw new IllegalStateException("no desk at " + OFFICE);
        }
        for (int n = 3; n <= 10; n++) {
            admin.post("/quan-tri/don-vi/" + OFFICE + "/quay", "deskId=" + desk.group(1) + "&number=" + n + "&label=" + enc("Quầy " + n)
                    + "&fields=", office);
        }

        var measuring = new boolean[] {false};
        var from = new long[] {Long.MAX_VALUE};
        var delays = Collections.synchronizedList(new ArrayList<Long>());
        var seen = new ConcurrentHashMap<String, Set<Integer>>();
        var streams = Executors.newVirtualThreadPerTaskExecutor();
        var connected = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        for (int b = 0; b < boards; b++) {
            int board = b;
            streams.execute(() -> {
                try {
                    var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/man-hinh/" + OFFICE + "/su-kien"))
                            .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                    connected.incrementAndGet();
                    answer.body().filter(l -> l.startsWith("data:")).forEach(line -> {
                        long now = System.currentTimeMillis();
                        Matcher m = CALL.matcher(line);
                        while (m.find()) {
                            String key = m.group(1) + ":" + m.group(2);
                            long at = Instant.parse(m.group(3)).toEpochMilli();
                            // only calls made while measuring: a board lists the last calls, made before too
                            if (at >= from[0] && seen.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(board)) {
                                delays.add(now - at);
                            }
                        }
                    });
                } catch (Exception e) {
                    System.err.println("board " + board + ": " + e);
                }
            });
        }
        while (connected.get() < boards) {
            Thread.sleep(50);
        }
        System.out.println(boards + " boards connected");

        var counters = new ArrayList<Session>();
        for (int c = 1; c <= 10; c++) {
            counters.add(signedIn(base, "tiepnhan"));
        }
        var calledKeys = Collections.synchronizedList(new ArrayList<String>());
        var calling = Executors.newScheduledThreadPool(10);
        long periodMillis = 10 * 60_000L / perMinute;
        for (int c = 1; c <= 10; c++) {
            int counter = c;
            Session s = counters.get(c - 1);
            calling.scheduleAtFixedRate(() -> {
                try {
                    String page = s.get("/quay?so=" + counter);
                    Matcher current = CURRENT.matcher(page);
                    if (current.find()) {
                        s.post("/quay/ve/" + current.group(1) + "/vang", "so=" + counter, page);
                        page = s.get("/quay?so=" + counter);
                    }
                    s.post("/quay/cap-so", "so=" + counter + "&field=" + enc("Các lĩnh vực khác") + "&priority=", page);
                    s.post("/quay/goi-tiep", "so=" + counter, page);
                    if (measuring[0]) {
                        calledKeys.add(Integer.toString(counter));
                    }
                } catch (Exception e) {
                    System.err.println("counter " + counter + ": " + e);
                }
            }, counter * periodMillis / 10, periodMillis, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(warm * 1000L);
        from[0] = System.currentTimeMillis();
        measuring[0] = true;
        Thread.sleep(seconds * 1000L);
        measuring[0] = false;
        calling.shutdown();
        calling.awaitTermination(10, TimeUnit.SECONDS);
        Thread.sleep(2000);
        var sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        int calls = calledKeys.size();
        long complete = seen.values().stream().filter(v -> v.size() == boards).count();
        System.out.printf("%d calls in %d s (%.0f a minute), %d boards: %d (call, board) deliveries; calls seen on every board: %d of %d%n",
                calls, seconds, calls * 60.0 / seconds, boards, sorted.size(), complete, seen.size());
        if (!sorted.isEmpty()) {
            System.out.printf("from the call to the board: p50 %d ms, p99 %d ms, max %d ms%n", sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.getLast());
        }
        System.exit(0);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Session signedIn(String base, String user) throws Exception {
        var s = new Session(base, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
        String login = s.get("/dang-nhap");
        s.post("/dang-nhap", "username=" + user + "&password=" + enc("MotCua@2026"), login);
        return s;
    }

    record Session(String base, HttpClient http) {
        String get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        void post(String path, String form, String pageWithToken) throws Exception {
            Matcher csrf = CSRF.matcher(pageWithToken);
            String token = csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "";
            var answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form + token)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() >= 400) {
                throw new IllegalStateException(path + " answered " + answer.statusCode());
            }
        }
    }
}
