package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;
import vn.motcua.support.MovableTime;

/**
 * Online submission over real HTTP, through the desk's online inbox: sent on a Saturday evening, a dossier counts as
 * received at the start of Monday's first session; its code is issued at submission; the desk asks for a supplement
 * (form 02), the citizen adds it online (the receipt time restarts), and the desk accepts it with the counter's own
 * command. Incomplete dossiers, replays and bad files change nothing; nobody else reads a citizen's dossier.
 */
@DatabaseTest
@Import(MovableTime.class)
class OnlineSubmissionIT {

    static final String BIRTH = "1.001193";
    static final String VINH_THANH = "H99.06";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern SUBMISSION = Pattern.compile("/cong-dan/nop-truc-tuyen/([0-9a-f-]{36})");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingCalendars calendars;

    @Test
    void sent_on_a_saturday_evening_it_counts_from_monday_and_is_accepted_after_an_online_supplement() throws Exception {
        MovableTime.set("2026-12-05T22:00");
        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        assertThat(citizen.get("/thu-tuc/" + BIRTH).body()).contains("data-testid=\"submit-online\"");
        byte[] certificate = unique(PDF);
        citizen.upload("/cong-dan/kho-giay-to", "file", "giay-chung-sinh.pdf", certificate, "kind", "Giấy chứng sinh");
        // found by its content, which no earlier run stored (CI runs the suite twice on one database)
        UUID stored = jdbc.sql("""
                select d.id from citizen_document d join citizen_account a on a.id = d.account_id
                where a.personal_id_number = '001090012345' and d.sha256 = ? and d.deleted_at is null""")
                .param(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(certificate)))
                .query(UUID.class).single();
        String page = start(citizen);
        UUID id = UUID.fromString(page);

        // Incomplete: every problem at once, next to its field, and no code issued.
        var incomplete = citizen.multipart(path(id), Map.of("action", "submit", "submitKey", UUID.randomUUID().toString()), Map.of());
        assertThat(incomplete.body()).contains("data-testid=\"problems\"", "Vui lòng điền mục này",
                "Cần ít nhất số điện thoại hoặc thư điện tử").doesNotContain("data-testid=\"dossier-code\"");
        assertThat(status(id)).isEqualTo("DRAFT");

        String key = UUID.randomUUID().toString();
        var fields = birthDeclaration(key);
        fields.put("reuse.0", stored.toString());
        var sent = citizen.multipart(path(id), fields, Map.of());
        assertThat(sent.body()).contains("data-testid=\"sent\"", "data-testid=\"dossier-code\"");
        String code = jdbc.sql("select dossier_code from online_submission where id = ?").param(id).query(String.class).single();
        LocalDateTime received = jdbc.sql("select received_at from online_submission where id = ?").param(id)
                .query(LocalDateTime.class).single();
        var calendar = calendars.of(AgencyCode.of(VINH_THANH)).orElseThrow();
        assertThat(received).isEqualTo(calendar.clockStart(LocalDateTime.parse("2026-12-05T22:00")));
        assertThat(received.toLocalDate()).isEqualTo("2026-12-07");
        assertThat(jdbc.sql("select count(*) from outbox_message where body like ?").param("%" + code + "%")
                .query(Integer.class).single()).as("the citizen is told by SMS").isPositive();

        // The same request again (a double click, a retried POST) sends nothing twice.
        citizen.multipart(path(id), fields, Map.of());
        assertThat(jdbc.sql("select round from online_submission where id = ?").param(id).query(Integer.class).single()).isOne();

        MovableTime.set("2026-12-07T09:00");
        var desk = users.loadUserByUsername("tiepnhan.06");
        String inbox = mvc.perform(get("/tiep-nhan/truc-tuyen").with(user(desk))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains(code);
        mvc.perform(post("/tiep-nhan/truc-tuyen/" + id + "/bo-sung").param("items", "Giấy xác nhận nơi sinh của trẻ")
                .with(user(desk)).with(csrf()));
        assertThat(status(id)).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(citizen.get(path(id)).body()).contains("Giấy xác nhận nơi sinh của trẻ", "data-testid=\"slip\"");
        var form02 = citizen.download(path(id) + "/phieu.pdf");
        assertThat(form02.statusCode()).isEqualTo(200);
        assertThat(new String(form02.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        MovableTime.set("2026-12-07T10:00");
        var supplement = birthDeclaration(UUID.randomUUID().toString());
        var other = citizen.multipart(path(id), supplement,
                Map.of("file.1", new HttpBrowser.FilePart("xac-nhan-noi-sinh.pdf", unique(PDF))));
        assertThat(other.body()).contains("data-testid=\"sent\"");
        assertThat(jdbc.sql("select received_at from online_submission where id = ?").param(id).query(LocalDateTime.class)
                .single()).as("the receipt restarts when the dossier is complete again").isEqualTo("2026-12-07T10:00");

        MovableTime.set("2026-12-07T10:30");
        var accepted = mvc.perform(post("/tiep-nhan/truc-tuyen/" + id + "/tiep-nhan").with(user(desk)).with(csrf()))
                .andReturn().getResponse();
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/ho-so/" + code);
        assertThat(jdbc.sql("select data #>> '{intake,channel}' from dossier where code = ?").param(code).query(String.class).single())
                .isEqualTo("ONLINE");
        assertThat(jdbc.sql("select received_at from dossier where code = ?").param(code).query(LocalDateTime.class).single())
                .isEqualTo("2026-12-07T10:00");
        assertThat(jdbc.sql("select count(*) from dossier_scan where dossier_code = ?").param(code).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(citizen.get("/cong-dan/ho-so").body()).contains(code);
        assertThat(citizen.get("/cong-dan/ho-so/" + code).body()).as("the notices told about it, to read again")
                .contains("data-testid=\"notices\"", "cần bổ sung: Giấy xác nhận nơi sinh của trẻ");
        assertThat(citizen.download("/cong-dan/ho-so/" + code + "/mau-01.pdf").statusCode()).isEqualTo(200);
        // Accepting again is refused: the dossier is no longer waiting.
        mvc.perform(post("/tiep-nhan/truc-tuyen/" + id + "/tiep-nhan").with(user(desk)).with(csrf()));
        assertThat(jdbc.sql("select count(*) from dossier where code = ?").param(code).query(Integer.class).single()).isOne();
    }

    @Test
    void nobody_else_reads_or_changes_a_citizens_online_dossier() throws Exception {
        MovableTime.set("2026-12-02T10:00");
        var an = new HttpBrowser(port);
        an.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        UUID id = UUID.fromString(start(an));
        var sent = an.multipart(path(id), birthDeclaration(UUID.randomUUID().toString()),
                Map.of("file.0", new HttpBrowser.FilePart("chung-sinh.pdf", unique(PDF))));
        assertThat(sent.body()).contains("data-testid=\"sent\"");

        var binh = new HttpBrowser(port);
        binh.signInAsCitizen("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        assertThat(binh.get(path(id)).statusCode()).isEqualTo(404);
        assertThat(binh.download(path(id) + "/phieu.pdf").statusCode()).isEqualTo(404);
        assertThat(binh.get("/cong-dan/ho-so").body()).doesNotContain(id.toString());
        var otherDesk = users.loadUserByUsername("tiepnhan.02");
        assertThat(mvc.perform(get("/tiep-nhan/truc-tuyen/" + id).with(user(otherDesk))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        mvc.perform(post("/tiep-nhan/truc-tuyen/" + id + "/tiep-nhan").with(user(otherDesk)).with(csrf()));
        assertThat(status(id)).isEqualTo("WAITING");
        var specialist = users.loadUserByUsername("chuyenvien.06");
        assertThat(mvc.perform(get("/tiep-nhan/truc-tuyen").with(user(specialist))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void a_file_that_is_not_what_its_name_says_or_is_empty_is_refused_and_nothing_is_kept() throws Exception {
        MovableTime.set("2026-12-02T10:00");
        var an = new HttpBrowser(port);
        an.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        UUID id = UUID.fromString(start(an));
        int before = jdbc.sql("select count(*) from citizen_document").query(Integer.class).single();
        var fake = an.multipart(path(id), Map.of("action", "save"),
                Map.of("file.0", new HttpBrowser.FilePart("giay-chung-sinh.pdf", "<html>not a pdf</html>".getBytes())));
        assertThat(fake.body()).contains("không phải PDF, JPG hay PNG");
        var empty = an.multipart(path(id), Map.of("action", "save"),
                Map.of("file.0", new HttpBrowser.FilePart("trong.pdf", new byte[0])));
        assertThat(empty.body()).contains("Tệp trống");
        var unknownPaper = an.multipart(path(id), Map.of("action", "save", "reuse.0", UUID.randomUUID().toString()), Map.of());
        assertThat(unknownPaper.body()).contains("Không tìm thấy giấy tờ này trong kho");
        assertThat(jdbc.sql("select count(*) from citizen_document").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from online_submission_paper where submission_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    /** Starts a birth registration at Vĩnh Thạnh; returns the submission's id. */
    private static String start(HttpBrowser citizen) throws Exception {
        var choose = citizen.get("/cong-dan/nop/" + BIRTH);
        assertThat(choose.body()).contains(VINH_THANH);
        var draft = citizen.post("/cong-dan/nop/" + BIRTH, "office=" + VINH_THANH + "&_csrf=" + HttpBrowser.csrf(choose.body()));
        var matcher = SUBMISSION.matcher(draft.uri().getPath());
        assertThat(matcher.find()).as("the draft's page, prefilled: " + draft.uri()).isTrue();
        assertThat(draft.body()).contains("Nguyễn Văn An", "001090012345");
        return matcher.group(1);
    }

    private static Map<String, String> birthDeclaration(String key) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("d.childFullName", "Nguyễn Văn Bé");
        fields.put("d.childBirthDate", "28/11/2026");
        fields.put("d.childSex", "Nam");
        fields.put("d.childBirthPlace", "Trạm y tế xã Vĩnh Thạnh");
        fields.put("d.childHometown", "Vĩnh Thạnh");
        fields.put("d.childEthnicity", "Kinh");
        fields.put("d.declarantFullName", "Nguyễn Văn An");
        fields.put("d.declarantIdNumber", "001090012345");
        fields.put("d.relationship", "Cha");
        fields.put("phone", "0912345678");
        fields.put("action", "submit");
        fields.put("submitKey", key);
        return fields;
    }

    private String status(UUID id) {
        return jdbc.sql("select status from online_submission where id = ?").param(id).query(String.class).single();
    }

    private static String path(UUID id) {
        return "/cong-dan/nop-truc-tuyen/" + id;
    }

    /** A PDF whose bytes no earlier run stored (CI runs the suite twice on one database). */
    static byte[] unique(byte[] pdf) {
        return (new String(pdf, StandardCharsets.US_ASCII) + "%" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
