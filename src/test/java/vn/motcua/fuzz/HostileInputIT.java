package vn.motcua.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.Browser;

/**
 * The hostile inputs that once answered 500 (issue 16), each tried by name over real HTTP: NUL in every kind of
 * text, dates at the ends of the calendar, list indexes no form renders, sizes beyond the documented limits,
 * parallel guesses of a dossier's digits, and the session id kept out of links.
 */
@FuzzTest
class HostileInputIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.motcua.survey.SurveyTokens surveyTokens;

    private FuzzClient reception() {
        return FuzzClient.basic(port, "tiepnhan", Browser.DEMO_PASSWORD);
    }

    private String accept(String name, String documentName) {
        return accept(reception(), name, documentName);
    }

    /** A dossier accepted at H99.01 through the API by {@code reception}, with the applicant's phone ending 3456. */
    static String accept(FuzzClient reception, String name, String documentName) {
        var answer = reception.send("POST", "/api/v1/dossiers", "application/json", ApiRequests.bytes("""
                {"officeCode": "H99.01", "procedureCode": "1.004873", "channel": "COUNTER",
                 "applicant": {"name": "%s", "idNumber": "001090012345", "phone": "0903123456"},
                 "documents": [{"name": "%s", "copies": 1}]}
                """.formatted(name, documentName)), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return ApiRequests.JSON.readTree(answer.body()).get("code").asString("");
    }

    @Test
    void nul_characters_are_removed_from_every_text_where_it_enters() {
        var anonymous = FuzzClient.anonymous(port);
        assertThat(anonymous.get("/api/v1/procedures?q=a%00b").status()).isEqualTo(200);
        assertThat(anonymous.get("/thu-tuc?q=%00").status()).isEqualTo(200);

        String code = accept("Nguyễn\\u0000 Văn An", "Tờ khai\\u0000");
        String stored = jdbc.sql("select data::text from dossier where code = ?").param(code).query(String.class).single();
        assertThat(stored).contains("Nguyễn Văn An", "Tờ khai").doesNotContain("\\u0000");

        var consult = reception().send("POST", "/api/v1/dossiers/" + code + "/transfer", null, null, Map.of());
        assertThat(consult.status()).isLessThan(500);
        var specialist = FuzzClient.basic(port, "chuyenvien", Browser.DEMO_PASSWORD);
        var asked = specialist.send("POST", "/api/v1/dossiers/" + code + "/consult", "application/json", ApiRequests.bytes(
                "{\"agency\": \"Chi nhánh\\u0000 VPĐKĐĐ\", \"question\": \"Xác nhận\\u0000 ranh giới\", \"workingDays\": 5}"), Map.of());
        assertThat(asked.status()).as(asked.body()).isLessThan(500);
        var leader = FuzzClient.basic(port, "lanhdao", Browser.DEMO_PASSWORD);
        var apology = leader.send("POST", "/api/v1/dossiers/" + code + "/apology", "application/json", ApiRequests.bytes(
                "{\"newDueAt\": \"2027-01-20T16:00:00\", \"note\": \"Xin lỗi\\u0000 ông bà\"}"), Map.of());
        assertThat(apology.status()).as(apology.body()).isLessThan(500);

        for (String search : List.of("/ho-so?q=%00", "/quan-tri/can-bo?q=%00", "/quan-tri/don-vi?q=%00", "/quan-tri/thu-tuc?q=%00")) {
            assertThat(FuzzClient.basic(port, "quantri", Browser.DEMO_PASSWORD).get(search).status()).as(search).isLessThan(500);
        }

        var citizen = FuzzClient.anonymous(port);
        var feedback = postForm(citizen, "/phan-anh", Map.of("content", "Phản ánh\u0000 về thái độ phục vụ", "subject", "Thái\u0000 độ",
                "contactEmail", "le\u0000thi@example.vn", "contactName", "Lê\u0000 Thị", "office", "H99.01"));
        assertThat(feedback.status()).as(feedback.body()).isLessThan(500);
        assertThat(jdbc.sql("select count(*) from feedback where content = 'Phản ánh về thái độ phục vụ'").query(Long.class).single()).isPositive();

        var survey = postForm(citizen, "/danh-gia/" + surveyTokens.forDossier(code), Map.of("OVERALL", "SATISFIED",
                "comment", "Tốt\u0000 lắm"));
        assertThat(survey.status()).as(survey.body()).isLessThan(500);

        var form = postForm(FuzzClient.signedIn(port, "tiepnhan", Browser.DEMO_PASSWORD), "/tiep-nhan?thuTuc=1.004873",
                Map.of("name", "Trần\u0000 Văn Bình", "idNumber", "001090012345", "notes", "thiếu\u0000 giấy"));
        assertThat(form.status()).as(form.body()).isLessThan(500);
    }

    @Test
    void dates_beyond_the_supported_range_are_refused_with_400() {
        var anonymous = FuzzClient.anonymous(port);
        assertThat(anonymous.get("/api/v1/offices/H99.01/appointment?receivedAt=%2B999999999-12-31T23:59&amount=3&unit=WORKING_DAYS")
                .status()).isEqualTo(400);
        assertThat(anonymous.get("/api/v1/offices/H99.01/appointment?receivedAt=%2B999999999-12-31T23:59&procedureCode=1.004873")
                .status()).isEqualTo(400);
        var leader = FuzzClient.signedIn(port, "lanhdao", Browser.DEMO_PASSWORD);
        assertThat(leader.get("/so-theo-doi?from=%2B999999999-12-31").status()).isEqualTo(400);
        assertThat(leader.get("/lich-truc?tuan=%2B999999999-12-31").status()).isEqualTo(400);
        assertThat(leader.get("/lich-truc?tuan=1899-12-31").status()).isEqualTo(400);
    }

    @Test
    void list_indexes_no_form_renders_are_refused_and_nothing_is_stored() {
        var officer = FuzzClient.signedIn(port, "tiepnhan", Browser.DEMO_PASSWORD);
        var state = new StoredState(jdbc);
        for (String field : List.of("ticked[99999]", "copies[-1]", "copies[2147483648]")) {
            var before = state.fingerprint();
            var answer = postForm(officer, "/tiep-nhan?thuTuc=1.004873", Map.of("name", "Trần Văn Bình",
                    "idNumber", "001090012345", field, "1"));
            assertThat(answer.status()).as(field).isEqualTo(400);
            assertThat(answer.body()).doesNotContain("Exception");
            assertThat(StoredState.changed(before, state.fingerprint())).as(field).isEmpty();
        }
    }

    @Test
    void sizes_beyond_the_limits_are_refused_with_a_problem_naming_the_field() {
        String code = accept("Phạm Thị Hoa", "Tờ khai");
        reception().send("POST", "/api/v1/dossiers/" + code + "/transfer", null, null, Map.of());
        var specialist = FuzzClient.basic(port, "chuyenvien", Browser.DEMO_PASSWORD);
        var consult = specialist.send("POST", "/api/v1/dossiers/" + code + "/consult", "application/json", ApiRequests.bytes(
                "{\"agency\": \"Công an xã\", \"question\": \"Xác minh\", \"workingDays\": 100000}"), Map.of());
        assertThat(consult.status()).isEqualTo(400);
        assertThat(consult.body()).contains("\"parameter\":\"workingDays\"");

        var officer = FuzzClient.signedIn(port, "chuyenvien", Browser.DEMO_PASSWORD);
        var page = Jsoup.parse(officer.get("/ho-so/" + code).body());
        var form = page.select("form[action$=/consult]").first();
        assertThat(form).as("the consultation form").isNotNull();
        var refused = officer.send("POST", form.attr("action"), "application/x-www-form-urlencoded", FuzzClient.form(List.of(
                Map.entry("_csrf", form.select("input[name=_csrf]").attr("value")), Map.entry("agency", "Công an xã"),
                Map.entry("note", "Xác minh"), Map.entry("workingDays", "100000"))), Map.of());
        assertThat(refused.status()).isEqualTo(302);
        assertThat(Jsoup.parse(officer.get("/ho-so/" + code).body()).select("[data-testid=refusal]").text())
                .contains("từ 1 đến 60");
        assertThat(jdbc.sql("select data::text from dossier where code = ?").param(code).query(String.class).single())
                .doesNotContain("Xác minh");

        String many = "{\"name\": \"Giấy tờ\", \"copies\": 1}," .repeat(5_000);
        var documents = reception().send("POST", "/api/v1/dossiers", "application/json", ApiRequests.bytes("""
                {"officeCode": "H99.01", "procedureCode": "1.004873", "channel": "COUNTER",
                 "applicant": {"name": "Phạm Thị Hoa", "idNumber": "001090012345"}, "documents": [%s]}
                """.formatted(many.substring(0, many.length() - 1))), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(documents.status()).isEqualTo(400);
        assertThat(documents.body()).contains("\"parameter\":\"documents\"");

        String items = "\"Bản sao giấy khai sinh\"," .repeat(5_000);
        var supplement = reception().send("POST", "/api/v1/dossiers/" + accept("Phạm Thị Hoa", "Tờ khai") + "/supplement-request",
                "application/json", ApiRequests.bytes("{\"items\": [" + items.substring(0, items.length() - 1) + "]}"), Map.of());
        assertThat(supplement.status()).isEqualTo(400);
        assertThat(supplement.body()).contains("\"parameter\":\"items\"");
    }

    /** One citizen's address (through the proxy on this host), so that other tests' lookups do not count. */
    /** An address no earlier run used: rates are counted in the database, which CI reuses for a second run. */
    static final String CITIZEN = "203.0." + vn.motcua.support.RunUnique.octet() + ".16";

    @Test
    void parallel_wrong_digits_are_checked_no_more_than_the_limit() throws Exception {
        String code = accept("Đỗ Văn Hùng", "Tờ khai");
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            guesses.add(() -> FuzzClient.anonymous(port).send("GET", "/api/v1/public/dossiers/" + code, null, null,
                    Map.of("X-Verification-Digits", "0000", "X-Forwarded-For", CITIZEN)).status());
        }
        try (var pool = Executors.newFixedThreadPool(20)) {
            var statuses = new ArrayList<Integer>();
            for (var f : pool.invokeAll(guesses)) {
                statuses.add(f.get());
            }
            assertThat(statuses.stream().filter(s -> s == 403).count()).as(statuses.toString()).isLessThanOrEqualTo(5);
            assertThat(statuses).containsOnly(403, 429);
        }
        assertThat(FuzzClient.anonymous(port).send("GET", "/api/v1/public/dossiers/" + code, null, null,
                Map.of("X-Verification-Digits", "3456", "X-Forwarded-For", CITIZEN)).status()).as("locked even for the right digits")
                .isEqualTo(429);
    }

    @Test
    void sessions_are_tracked_by_cookie_only_and_cookies_are_secure_behind_a_tls_proxy() {
        var notFound = reception().get("/khong-co-trang-nay");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).doesNotContainIgnoringCase("jsessionid");

        var viaProxy = FuzzClient.anonymous(port).send("GET", "/co-chu?lon=true", null, null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(viaProxy.headers().get("set-cookie")).isNotEmpty().allMatch(c -> c.contains("Secure"));
        var login = FuzzClient.anonymous(port).send("GET", "/dang-nhap", null, null, Map.of("X-Forwarded-Proto", "https"));
        assertThat(login.headers().get("set-cookie")).isNotEmpty().allMatch(c -> c.contains("Secure"));
        var plain = FuzzClient.anonymous(port).get("/co-chu?lon=true");
        assertThat(plain.headers().get("set-cookie")).noneMatch(c -> c.contains("Secure"));
    }

    @Test
    void the_favicon_is_served() {
        var icon = FuzzClient.anonymous(port).get("/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).contains("icon");
        assertThat(FuzzClient.anonymous(port).get("/img/favicon.svg").status()).isEqualTo(200);
    }

    /** Fills the first POST form of the page with its own values, overridden (or added) by {@code values}, and submits it. */
    private static FuzzClient.Answer postForm(FuzzClient client, String page, Map<String, String> values) {
        var document = Jsoup.parse(client.get(page).body());
        var form = HtmlForm.of(page, document.select("form[method=post]:not([action^=/dang-xuat])").first());
        var fields = new ArrayList<Map.Entry<String, String>>();
        var remaining = new java.util.LinkedHashMap<>(values);
        for (HtmlForm.Field f : form.fields()) {
            if (!f.type().equals("file") && !(f.type().equals("checkbox") && values.containsKey(f.name()))) {
                fields.add(Map.entry(f.name(), remaining.containsKey(f.name()) ? remaining.remove(f.name()) : f.value()));
            }
        }
        fields.addAll(remaining.entrySet());
        if (form.multipart()) {
            String boundary = "motcua-hostile-boundary";
            return client.send("POST", form.action(), "multipart/form-data; boundary=" + boundary, HtmlForm.multipart(fields, boundary), Map.of());
        }
        return client.send("POST", form.action(), "application/x-www-form-urlencoded", FuzzClient.form(fields), Map.of());
    }
}
