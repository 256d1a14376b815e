package vn.motcua.catalogue.bench;

import vn.motcua.platform.domain.SearchText;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import vn.motcua.MotCuaApplication;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.persistence.ProcedureRepository;
import vn.motcua.organization.domain.AgencyCode;

/**
 * Catalogue search with 5,000 procedures (issue 4: p95 under 50 ms server time). Starts the application
 * on a fresh embedded PostgreSQL, adds 5,000 generated procedures (a third offered by H99.01), warms up,
 * then times 3,000 searches over HTTP on localhost — an upper bound of the server time. The query mix:
 * words without diacritics, with a field filter, with an office filter, and codes.
 * Run with {@code bench/catalogue-search.sh}.
 */
public final class CatalogueSearchBenchmark {

    static final int PROCEDURES = 5000;
    static final int WARM_UP = 1000;
    static final int MEASURED = 3000;
    private static final String[] VERBS = {"Đăng ký", "Cấp", "Cấp lại", "Gia hạn", "Xác nhận", "Thay đổi", "Chứng thực", "Công nhận"};
    private static final String[] OBJECTS = {"khai sinh", "kết hôn", "khai tử", "hộ kinh doanh", "giấy phép xây dựng",
            "tạm trú", "thường trú", "trợ cấp xã hội", "hộ nghèo", "bản sao", "chữ ký", "giám hộ", "nuôi con nuôi",
            "tổ hòa giải", "khuyết tật", "mai táng phí", "đất đai", "môi trường", "văn hóa", "giáo dục"};
    private static final String[] FIELDS = {"Hộ tịch", "Chứng thực", "Đăng ký cư trú", "Bảo trợ xã hội", "Hoạt động xây dựng",
            "Đất đai", "Giáo dục", "Văn hóa"};

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("motcua-bench");
        try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class,
                "--spring.profiles.active=demo", "--server.port=0", "--logging.level.root=WARN",
                "--motcua.embedded-postgres.data-directory=" + data)) {
            seed(app.getBean(ProcedureRepository.class));
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            var http = HttpClient.newHttpClient();
            var random = new Random(20261122L);
            for (int i = 0; i < WARM_UP; i++) {
                search(http, port, random);
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                nanos[i] = search(http, port, random);
            }
            Arrays.sort(nanos);
            System.out.printf("catalogue search, %d procedures, %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    PROCEDURES, MEASURED, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[MEASURED - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static long search(HttpClient http, int port, Random random) throws Exception {
        String query = switch (random.nextInt(4)) {
            case 0 -> "q=" + words(random);
            case 1 -> "q=" + words(random) + "&field=" + enc(FIELDS[random.nextInt(FIELDS.length)]);
            case 2 -> "q=" + words(random) + "&office=H99.01";
            default -> "q=9." + String.format("%06d", random.nextInt(PROCEDURES));
        };
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/procedures?" + query)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return elapsed;
    }

    private static String words(Random random) {
        String object = OBJECTS[random.nextInt(OBJECTS.length)];
        String unaccented = vn.motcua.platform.domain.SearchText.of(object);
        return enc(random.nextBoolean() ? unaccented : object);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void seed(ProcedureRepository procedures) {
        var random = new Random(42);
        var office = AgencyCode.of("H99.01");
        for (int i = 0; i < PROCEDURES; i++) {
            var code = ProcedureCode.of("9." + String.format("%06d", i));
            String name = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " "
                    + OBJECTS[random.nextInt(OBJECTS.length)] + " (mẫu " + i + ")";
            procedures.save(new ProcedureVersion(code, LocalDate.of(2025, 7, 1), name, FIELDS[random.nextInt(FIELDS.length)],
                    AdministrativeLevel.COMMUNE, ProcessingTime.workingDays(1 + random.nextInt(15)), null, false, List.of(),
                    List.of(), List.of(), List.of(), java.util.Set.of(Channel.COUNTER), null, List.of(), null, null));
            if (i % 3 == 0) {
                procedures.offer(office, code, null);
            }
        }
    }
}
