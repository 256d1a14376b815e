package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

import vn.motcua.MotCuaApplication;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * Two app instances on one database: 100 parallel acceptances spread over both give 100 distinct codes; two officers moving one dossier from the same version: one wins, the other is
 * told the dossier changed. Uses office H99.04.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierConcurrencyIT {

    static final String BODY = Acceptance.at("H99.04", "tiepnhan.04").procedure("2.000815")
            .applicant("Lê Văn Cường", "001089000777").documents().body();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    ConfigurableApplicationContext second;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startASecondInstance() {
        var hikari = (HikariDataSource) dataSource;
        second = new SpringApplication(MotCuaApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + hikari.getJdbcUrl(), "--spring.datasource.username=" + hikari.getUsername(),
                "--spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                "--spring.profiles.active=test,demo", "--logging.level.root=WARN");
    }

    @AfterAll
    void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    private int secondPort() {
        return Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
    }

    private HttpRequest.Builder request(int onPort, String path, String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":MotCua@2026").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json");
    }

    @Test
    void a_hundred_parallel_acceptances_on_two_instances_get_a_hundred_distinct_codes() {
        List<String> receptionists = List.of("tiepnhan.04");
        var futures = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 100; i++) {
            int target = i % 2 == 0 ? port : secondPort();
            futures.add(http.sendAsync(request(target, "/api/v1/dossiers", receptionists.getFirst())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        Set<String> codes = futures.stream().map(CompletableFuture::join).peek(r -> statuses.merge(r.statusCode(), 1L, Long::sum))
                .map(r -> com.jayway.jsonpath.JsonPath.<String>read(r.body(), "$.code")).collect(Collectors.toSet());
        assertThat(statuses).containsExactly(Map.entry(201, 100L));
        assertThat(codes).hasSize(100);
        assertThat(codes).allMatch(c -> c.matches("H99\\.04-\\d{6}-\\d{4,}"));
    }

    @Test
    void two_officers_moving_one_dossier_from_the_same_version_one_wins_and_the_other_is_told() throws Exception {
        var created = http.send(request(port, "/api/v1/dossiers", "tiepnhan.04").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
        String code = com.jayway.jsonpath.JsonPath.read(created.body(), "$.code");
        var a = http.sendAsync(request(port, "/api/v1/dossiers/" + code + "/transfer", "tiepnhan.04").header("If-Match", "0")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        var b = http.sendAsync(request(secondPort(), "/api/v1/dossiers/" + code + "/stop", "tiepnhan.04").header("If-Match", "0")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"Công dân xin dừng\"}")).build(), HttpResponse.BodyHandlers.ofString());
        var results = List.of(a.join(), b.join());
        assertThat(results).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(results).filteredOn(r -> r.statusCode() == 409).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"reason\":\"STALE\"", "changed by someone else"));
    }

    @Test
    void ten_parallel_retries_with_one_idempotency_key_make_one_dossier() {
        String key = UUID.randomUUID().toString();
        var futures = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 10; i++) {
            futures.add(http.sendAsync(request(i % 2 == 0 ? port : secondPort(), "/api/v1/dossiers", "tiepnhan.04")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        var responses = futures.stream().map(CompletableFuture::join).toList();
        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(responses.stream().map(r -> com.jayway.jsonpath.JsonPath.<String>read(r.body(), "$.code")).distinct()).hasSize(1);
    }
}
