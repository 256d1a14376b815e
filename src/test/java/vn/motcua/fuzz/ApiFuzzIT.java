package vn.motcua.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.Browser;

/**
 * Every operation of the OpenAPI document, tried with seeded hostile values in its path, query, headers and body:
 * no answer is a 5xx or shows a stack trace or SQL, and a refused request stores nothing.
 */
@FuzzTest
class ApiFuzzIT {

    static final int ROUNDS = 60;
    static final Duration BUDGET = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${motcua.fuzz.seed:20261203}")
    long seed;

    @Test
    void no_operation_answers_hostile_input_with_a_server_error_a_trace_or_a_stored_change() {
        System.out.println("API fuzz seed: " + seed + " (-Dmotcua.fuzz.seed=" + seed + " repeats this run)");
        var anonymous = FuzzClient.anonymous(port);
        var staff = List.of(FuzzClient.basic(port, "tiepnhan", Browser.DEMO_PASSWORD),
                FuzzClient.basic(port, "chuyenvien", Browser.DEMO_PASSWORD), FuzzClient.basic(port, "lanhdao", Browser.DEMO_PASSWORD));
        String existing = HostileInputIT.accept(staff.getFirst(), "Nguyễn Văn An", "Tờ khai");
        var requests = new ApiRequests(anonymous.get("/v3/api-docs").body(), Map.of("code", existing, "officeCode", "H99.01",
                "procedureCode", "1.004873", "Idempotency-Key", UUID.randomUUID().toString(), "X-Verification-Digits", "1234"));
        var values = new HostileValues(seed);
        var state = new StoredState(jdbc);
        var findings = new Findings();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        List<String> before = state.fingerprint();
        for (var operation : requests.operations()) {
            for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
                var request = requests.hostile(operation.getKey(), operation.getValue().getKey(), operation.getValue().getValue(), values);
                var client = operation.getValue().getKey().contains("/public/") || !(operation.getValue().getKey().contains("/dossiers")
                        || operation.getValue().getKey().contains("/statistics")) ? anonymous : values.pick(staff);
                FuzzClient.Answer answer;
                try {
                    answer = client.send(request.method(), request.path(), request.body() == null ? null : "application/json",
                            ApiRequests.bytes(request.body()), request.headers());
                } catch (IllegalArgumentException unsendable) {
                    continue;   // a header or URI no HTTP client can send (CR, LF or NUL in a header)
                }
                List<String> after = state.fingerprint();
                findings.judge(request.describe(), answer, StoredState.changed(before, after));
                before = after;
            }
        }
        System.out.println("API fuzz: " + findings.requests() + " requests, " + findings.list().size() + " findings; answers by status " + findings.statuses());
        assertThat(findings.requests()).as("requests tried").isGreaterThan(100);
        assertThat(findings.list()).isEmpty();
    }
}
