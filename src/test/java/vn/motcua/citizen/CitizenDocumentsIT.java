package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;

/**
 * The citizen's document store over real HTTP: a paper uploaded is listed, downloaded byte for byte and deleted by
 * its owner; another citizen can neither list, read nor delete it; files that are not papers are refused in
 * Vietnamese next to the field, and nothing is kept of them.
 */
@DatabaseTest
class CitizenDocumentsIT {

    private static final String PAGE = "/cong-dan/kho-giay-to";
    private static final Pattern LINK = Pattern.compile("href=\"(/cong-dan/kho-giay-to/[0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private final Random random = new Random(20);

    @Test
    void a_paper_is_uploaded_listed_downloaded_and_deleted_by_its_owner_only() throws Exception {
        var owner = new HttpBrowser(port);
        owner.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        byte[] pdf = pdf(40_000);
        String kind = "Giấy khai sinh " + UUID.randomUUID().toString().substring(0, 8);   // unique: CI runs the suite twice on one database

        var added = owner.upload(PAGE, "file", "khai-sinh.pdf", pdf, "kind", kind);
        assertThat(added.uri().getPath()).isEqualTo(PAGE);
        assertThat(added.body()).contains("Đã thêm", kind, "khai-sinh.pdf", "bạn tải lên");
        String link = link(added.body(), kind);

        var download = owner.download(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment"));

        var other = new HttpBrowser(port);
        other.signInAsCitizen("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        assertThat(other.get(PAGE).body()).doesNotContain(kind);
        assertThat(other.download(link).statusCode()).isEqualTo(404);
        var refused = other.post(link + "/xoa", "_csrf=" + HttpBrowser.csrf(other.get(PAGE).body()));
        assertThat(refused.body()).contains("Không tìm thấy giấy tờ này trong kho của bạn.");
        assertThat(owner.download(link).statusCode()).isEqualTo(200);

        var deleted = owner.post(link + "/xoa", "_csrf=" + HttpBrowser.csrf(owner.get(PAGE).body()));
        assertThat(deleted.body()).contains("Đã xóa giấy tờ khỏi kho.").doesNotContain(kind);
        assertThat(owner.download(link).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_entry where action in ('citizen.document.uploaded', "
                + "'citizen.document.deleted') and subject = ?").param("citizen-document:" + link.substring(link.lastIndexOf('/') + 1))
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void files_that_are_not_papers_are_refused_next_to_the_field_and_nothing_is_kept() throws Exception {
        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.dung", HttpBrowser.CITIZEN_PASSWORD);
        int before = kept();

        var disguised = citizen.upload(PAGE, "file", "giay.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "kind", "Giấy chứng sinh");
        assertThat(disguised.statusCode()).isEqualTo(200);
        assertThat(disguised.body()).contains("Tệp không phải PDF, JPG hay PNG (kiểm tra theo nội dung tệp, không theo tên).")
                .contains("value=\"Giấy chứng sinh\"");

        var empty = citizen.upload(PAGE, "file", "rong.pdf", new byte[0], "kind", "Giấy chứng sinh");
        assertThat(empty.body()).contains("Vui lòng chọn một tệp có nội dung.");

        var large = citizen.upload(PAGE, "file", "lon.pdf", pdf(10 * 1024 * 1024 + 1), "kind", "Giấy chứng sinh");
        assertThat(large.body()).contains("Tệp lớn hơn 10 MB.");

        var noKind = citizen.upload(PAGE, "file", "a.png", png(), "kind", "   ");
        assertThat(noKind.body()).contains("Vui lòng ghi loại giấy tờ.").contains("id=\"kind-error\"");

        var tooLong = citizen.upload(PAGE, "file", "a.png", png(), "kind", "x".repeat(501));
        assertThat(tooLong.body()).contains("Loại giấy tờ tối đa 500 ký tự");
        assertThat(kept()).isEqualTo(before);
    }

    @Test
    void a_paper_digitised_at_the_counter_for_a_citizen_with_an_account_is_in_their_store() throws Exception {
        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.cuong", HttpBrowser.CITIZEN_PASSWORD);
        byte[] scan = pdf(3_000);
        // a name no other test or earlier run gave a paper of this citizen (CI runs the suite twice on one database)
        String fileName = "giay-chung-sinh-" + UUID.randomUUID().toString().substring(0, 8) + ".pdf";

        var request = multipart("/tiep-nhan");
        request.param("procedureCode", "1.001193").param("submissionKey", UUID.randomUUID().toString())
                .param("kind", "INDIVIDUAL").param("name", "Lê Văn Cường").param("idNumber", "036056007788")
                .param("channel", "COUNTER").param("outcome", "accept").param("ticked", "0", "1", "2", "3");
        request.file(new MockMultipartFile("scan-1", fileName, "application/pdf", scan));
        request.with(user(users.loadUserByUsername("tiepnhan"))).with(csrf());
        mvc.perform(request).andExpect(status().is3xxRedirection());

        String page = citizen.get(PAGE).body();
        assertThat(page).contains("Giấy chứng sinh", fileName, "số hóa tại quầy");
        String link = link(page, fileName);
        assertThat(citizen.download(link).body()).isEqualTo(scan);
        String item = page.substring(page.indexOf(fileName));
        assertThat(item.substring(0, item.indexOf("</li>"))).as("a counter scan is kept").doesNotContain("/xoa\"");
    }

    @Test
    void the_store_is_closed_to_anyone_not_signed_in_as_a_citizen() throws Exception {
        var anonymous = new HttpBrowser(port);
        assertThat(anonymous.get(PAGE).uri().getPath()).isEqualTo("/cong-dan/dang-nhap");
    }

    private int kept() {
        return jdbc.sql("select count(*) from citizen_document").query(Integer.class).single();
    }

    /** The download link of the listed paper of that kind (not the first link after the notice naming it). */
    private static String link(String page, String kind) {
        int at = page.indexOf(kind, page.indexOf("data-testid=\"documents\""));
        var matcher = LINK.matcher(page.substring(at));
        assertThat(matcher.find()).as("a download link after " + kind).isTrue();
        return matcher.group(1);
    }

    private byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    }
}
