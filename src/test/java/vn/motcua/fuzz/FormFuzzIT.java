package vn.motcua.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.support.Browser;

/**
 * Every HTML form each role reaches from its home page (pages crawled by their links), submitted with seeded hostile
 * values in some fields and hostile list indexes: no answer is a 5xx or shows a stack trace or SQL, and a refused
 * submission stores nothing. Pages are judged on the way too.
 */
@FuzzTest
class FormFuzzIT {

    static final int PAGES_PER_ROLE = 70;
    static final int ROUNDS = 12;
    static final Duration BUDGET = Duration.ofSeconds(150);
    /** Where each role starts, besides its home page: the pages its menus lead to and a few of their variants. */
    static final Map<String, List<String>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("", List.of("/thu-tuc", "/tra-cuu", "/phan-anh", "/don-vi/H99.04", "/dang-nhap", "/thanh-toan/vnpay/ket-qua"));
        ROLES.put("tiepnhan", List.of("/", "/tiep-nhan", "/tiep-nhan?thuTuc=1.001193", "/ho-so", "/so-theo-doi", "/phan-anh-kien-nghi",
                "/phi-le-phi", "/so-quy", "/quay"));
        ROLES.put("chuyenvien", List.of("/", "/ho-so"));
        ROLES.put("lanhdao", List.of("/", "/ho-so", "/thong-ke", "/thong-ke/bao-cao", "/thong-ke/mo-phong", "/lich-truc", "/danh-gia-ket-qua",
                "/so-quy", "/doi-soat"));
        ROLES.put("quantri", List.of("/", "/quan-tri/don-vi", "/quan-tri/can-bo", "/quan-tri/lich", "/quan-tri/mo-hinh",
                "/quan-tri/ho-so", "/quan-tri/thu-tuc", "/quan-tri/dat-lich", "/quan-tri/kiosk"));
        ROLES.put("quantri.nhom", List.of("/", "/quan-tri/ngay-le", "/quan-tri/ngay-le/de-xuat?nam=2027", "/quan-tri/thu-tuc",
                "/quan-tri/thu-tuc/nhap", "/quan-tri/thu-tuc/1.001193"));
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${motcua.fuzz.seed:20261203}")
    long seed;

    @Autowired
    vn.motcua.survey.SurveyTokens surveyTokens;

    @Test
    void no_form_answers_hostile_input_with_a_server_error_a_trace_or_a_stored_change() {
        System.out.println("Form fuzz seed: " + seed + " (-Dmotcua.fuzz.seed=" + seed + " repeats this run)");
        // a fresh dossier: its page's actions, its public lookup and its survey are forms too
        String code = HostileInputIT.accept(FuzzClient.basic(port, "tiepnhan", Browser.DEMO_PASSWORD), "Nguyễn Văn An", "Tờ khai");
        var roles = new LinkedHashMap<String, List<String>>();
        ROLES.forEach((role, pages) -> {
            var start = new ArrayList<>(pages);
            if (role.isEmpty()) {
                start.addAll(List.of("/tra-cuu/" + code, "/danh-gia/" + surveyTokens.forDossier(code)));
            } else if (!role.startsWith("quantri")) {
                start.add("/ho-so/" + code);
                start.add("/ho-so/" + code + "/phi");
            }
            roles.put(role, start);
        });
        var values = new HostileValues(seed);
        var state = new StoredState(jdbc);
        var findings = new Findings();
        long deadline = System.nanoTime() + BUDGET.toNanos();
        Set<String> triedEndpoints = new HashSet<>();
        int forms = 0;
        for (var role : roles.entrySet()) {
            var client = role.getKey().isEmpty() ? FuzzClient.anonymous(port)
                    : FuzzClient.signedIn(port, role.getKey(), Browser.DEMO_PASSWORD);
            var found = crawl(client, role.getValue(), findings);
            for (HtmlForm form : found) {
                if (!triedEndpoints.add(role.getKey() + " " + form.endpoint())) {
                    continue;
                }
                forms++;
                List<String> before = state.fingerprint();
                for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
                    var fields = hostileFields(form, values);
                    String describe = role.getKey() + ": " + form.method() + " " + form.action() + " " + Findings.excerpt(fields.toString());
                    FuzzClient.Answer answer = submit(client, form, fields);
                    List<String> after = state.fingerprint();
                    findings.judge(describe, answer, StoredState.changed(before, after));
                    before = after;
                }
            }
        }
        System.out.println("Form fuzz endpoints: " + new java.util.TreeSet<>(triedEndpoints));
        System.out.println("Form fuzz: " + forms + " forms, " + findings.requests() + " requests, " + findings.list().size() + " findings; answers by status " + findings.statuses());
        assertThat(forms).as("forms tried").isGreaterThan(30);
        assertThat(findings.list()).isEmpty();
    }

    /** The forms on the pages reachable from the start pages by their links, at most {@link #PAGES_PER_ROLE} pages. */
    private List<HtmlForm> crawl(FuzzClient client, List<String> start, Findings findings) {
        var queue = new ArrayDeque<>(start);
        Set<String> seen = new HashSet<>(start);
        var forms = new ArrayList<HtmlForm>();
        int pages = 0;
        while (!queue.isEmpty() && pages < PAGES_PER_ROLE) {
            String path = queue.poll();
            FuzzClient.Answer answer = client.get(path);
            pages++;
            findings.judge("GET " + path, answer, List.of());
            if (!answer.contentType().startsWith("text/html")) {
                continue;
            }
            var document = Jsoup.parse(answer.body());
            document.select("form").forEach(f -> {
                var form = HtmlForm.of(path, f);
                if (!form.action().startsWith("/dang-xuat")) {   // signing out would end the crawl
                    forms.add(form);
                }
            });
            for (String href : document.select("a[href]").eachAttr("href")) {
                if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/dang-xuat") && !href.startsWith("/co-chu")
                        && !href.matches(".*\\.(pdf|xlsx|csv)(\\?.*)?$") && seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        return forms;
    }

    /** The form's own values, with some fields given hostile values and sometimes a hostile list index added. */
    private static List<Map.Entry<String, String>> hostileFields(HtmlForm form, HostileValues values) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        for (HtmlForm.Field f : form.fields()) {
            if (f.name().equals("_csrf")) {
                fields.add(Map.entry(f.name(), f.value()));
            } else if (f.type().equals("file")) {
                fields.add(Map.entry("file:" + f.name(), values.chance(50) ? values.forInput("name", "text") : "scan.pdf"));
            } else {
                fields.add(Map.entry(f.name(), values.chance(35) ? values.forInput(f.name(), f.type()) : f.value()));
            }
        }
        if (!form.fields().isEmpty() && values.chance(30)) {
            HtmlForm.Field f = values.pick(form.fields());
            if (!f.name().equals("_csrf") && !f.type().equals("file")) {
                fields.add(Map.entry(f.name().replaceAll("\\[.*$", "") + values.hostileIndex(), values.forInput(f.name(), "number")));
            }
        }
        if (values.chance(10)) {
            fields.add(Map.entry(values.pick(List.of("x\u0000y", "declaration[\u0000]", "a".repeat(3_000))), "1"));
        }
        return fields;
    }

    private static FuzzClient.Answer submit(FuzzClient client, HtmlForm form, List<Map.Entry<String, String>> fields) {
        try {
            if (form.method().equals("GET")) {
                String query = new String(FuzzClient.form(fields.stream().filter(f -> !f.getKey().startsWith("file:")).toList()),
                        java.nio.charset.StandardCharsets.UTF_8);
                return client.get(form.action().replaceAll("\\?.*", "") + "?" + query);
            }
            if (form.multipart()) {
                String boundary = "motcua-fuzz-boundary-7d3f";
                return client.send("POST", form.action(), "multipart/form-data; boundary=" + boundary,
                        HtmlForm.multipart(fields, boundary), Map.of());
            }
            return client.send("POST", form.action(), "application/x-www-form-urlencoded",
                    FuzzClient.form(fields.stream().filter(f -> !f.getKey().startsWith("file:")).toList()), Map.of());
        } catch (IllegalArgumentException unsendable) {
            return new FuzzClient.Answer(400, "", "", Map.of());
        }
    }
}
