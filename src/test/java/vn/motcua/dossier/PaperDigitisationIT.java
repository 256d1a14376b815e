package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.signatures.PdfSealsIT;
import vn.motcua.signatures.SignatureCheck;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;

/**
 * Digitisation of received papers: the receiving desk confirms each scan checked against the original, which gets its
 * digitisation code with who and when; the citizen's copy becomes digitised data; once every paper handed in is, the
 * dossier counts for the office's share. Nobody else confirms, and nothing is confirmed twice.
 */
@DatabaseTest
class PaperDigitisationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PaperDigitisation digitisation;
    @LocalServerPort
    int port;
    @Autowired
    SignatureCheck signatures;

    private static byte[] pdf() throws java.io.IOException {
        return PdfSealsIT.pdf("Ban quet " + UUID.randomUUID());
    }

    private String acceptedWithScans() throws Exception {
        var request = multipart("/tiep-nhan");
        request.param("procedureCode", "1.001193").param("submissionKey", UUID.randomUUID().toString())
                .param("kind", "INDIVIDUAL").param("name", "Lê Văn Cường").param("idNumber", "036056007788")
                .param("channel", "COUNTER").param("outcome", "accept").param("ticked", "0", "1", "2", "3");
        for (int i = 0; i < 4; i++) {
            request.file(new MockMultipartFile("scan-" + i, "giay-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf",
                    "application/pdf", pdf()));
        }
        request.with(user(users.loadUserByUsername("tiepnhan"))).with(csrf());
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.replaceAll(".*/ho-so/([^?]+).*", "$1");
    }

    private int confirm(String code, UUID scan, String officer) throws Exception {
        return mvc.perform(post("/ho-so/" + code + "/ban-quet/" + scan + "/so-hoa").with(user(users.loadUserByUsername(officer)))
                .with(csrf())).andReturn().getResponse().getStatus();
    }

    @Test
    void each_scan_checked_against_the_original_is_digitised_once_and_the_dossier_counts_when_all_are() throws Exception {
        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.cuong", HttpBrowser.CITIZEN_PASSWORD);
        String code = acceptedWithScans();
        List<UUID> scans = jdbc.sql("select id from dossier_scan where dossier_code = ? order by file_name").param(code)
                .query(UUID.class).list();
        assertThat(scans).hasSize(4);
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        long before = digitisation.allDigitised(List.of("H99.01"), today, today);

        assertThat(confirm(code, scans.get(0), "chuyenvien")).as("a specialist does not digitise at the desk").isEqualTo(403);
        assertThat(confirm(code, scans.get(0), "tiepnhan.02")).as("another office sees nothing").isEqualTo(404);
        assertThat(confirm(code, scans.get(0), "tiepnhan")).isEqualTo(302);
        String page = mvc.perform(get("/ho-so/" + code).with(user(users.loadUserByUsername("tiepnhan")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(code + "-SH1", "data-testid=\"scan-digitised\"");
        String sha = jdbc.sql("select encode(sha256(content), 'hex') from dossier_scan where id = ?").param(scans.get(0))
                .query(String.class).single();
        assertThat(jdbc.sql("select digitisation_code from citizen_document where sha256 = ?").param(sha).query(String.class)
                .list()).as("the citizen's copy is digitised data now").containsExactly(code + "-SH1");
        assertThat(citizen.get("/cong-dan/kho-giay-to").body()).contains("data-testid=\"document-digitised\"", code + "-SH1");

        // a certified electronic copy only from a scan checked against its original
        mvc.perform(post("/ho-so/" + code + "/ban-quet/" + scans.get(1) + "/ban-sao").with(user(users.loadUserByUsername("tiepnhan")))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from certified_copy where dossier_code = ?").param(code).query(Long.class).single())
                .isZero();
        mvc.perform(post("/ho-so/" + code + "/ban-quet/" + scans.get(0) + "/ban-sao").with(user(users.loadUserByUsername("tiepnhan")))
                .with(csrf())).andExpect(status().is3xxRedirection());
        UUID copy = jdbc.sql("select id from certified_copy where dossier_code = ?").param(code).query(UUID.class).single();
        byte[] copyPdf = mvc.perform(get("/ho-so/" + code + "/ban-sao/" + copy + ".pdf").with(user(users.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var verdict = signatures.check(copyPdf);
        assertThat(verdict.valid()).as("the copy carries the office's signature").isTrue();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(copyPdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Bản sao điện tử từ bản chính",
                    "Cơ quan sao: Văn phòng Một cửa mẫu", "Thời gian sao: 2026-");
        }
        assertThat(citizen.get("/cong-dan/kho-giay-to").body()).contains("bản sao điện tử được cấp");
        assertThat(mvc.perform(get("/ho-so/" + code + "/ban-sao/" + copy + ".pdf").with(user(users.loadUserByUsername("tiepnhan.02"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        assertThat(confirm(code, scans.get(0), "tiepnhan")).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from dossier_scan where dossier_code = ? and digitised_at is not null").param(code)
                .query(Long.class).single()).as("not twice").isEqualTo(1);
        assertThat(digitisation.allDigitised(List.of("H99.01"), today, today)).isEqualTo(before);

        for (UUID scan : scans.subList(1, 4)) {
            assertThat(confirm(code, scan, "tiepnhan")).isEqualTo(302);
        }
        assertThat(jdbc.sql("select digitisation_code from dossier_scan where dossier_code = ? order by digitisation_code")
                .param(code).query(String.class).list()).containsExactly(code + "-SH1", code + "-SH2", code + "-SH3", code + "-SH4");
        assertThat(digitisation.allDigitised(List.of("H99.01"), today, today)).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'dossier.digitised'")
                .param("dossier:" + code).query(Long.class).single()).isEqualTo(4);
    }
}
