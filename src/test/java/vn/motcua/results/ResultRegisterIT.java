package vn.motcua.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.signatures.PdfSealsIT;
import vn.motcua.signatures.SignatureCheck;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;

/**
 * The results register: a signed result recorded with its number, date, signer and file gets its code
 * ({@code <dossier>-KQ1}) and the next number of the office's register of the year; an electronic one reaches the
 * applicant's store, where they cannot delete it; what the rules refuse is said beside the form and stores nothing.
 */
@DatabaseTest
class ResultRegisterIT {

    private static final String AN = "001090012345";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;
    @Autowired
    SignatureCheck signatures;

    private String approved(String officeNumber) throws Exception {
        String suffix = officeNumber.equals("01") ? "" : "." + officeNumber;
        String code = Acceptance.at("H99." + officeNumber, "tiepnhan" + suffix).applicant("Nguyễn Văn An", AN).code(mvc);
        api(code, "transfer", "tiepnhan" + suffix);
        while (mvc.perform(post("/api/v1/dossiers/" + code + "/hand-over").with(httpBasic("chuyenvien" + suffix, Acceptance.PASSWORD)))
                .andReturn().getResponse().getStatus() == 200) {
            // every step handed on
        }
        api(code, "submit", "chuyenvien" + suffix);
        api(code, "approve", "lanhdao" + suffix);
        return code;
    }

    private void api(String code, String transition, String officer) throws Exception {
        mvc.perform(post("/api/v1/dossiers/" + code + "/" + transition).with(httpBasic(officer, Acceptance.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
    }

    private MockMultipartHttpServletRequestBuilder record(String code, String officer, String delivery, byte[] file) {
        String today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var request = multipart("/ho-so/" + code + "/ket-qua");
        request.file(new MockMultipartFile("file", "xac-nhan.pdf", "application/pdf", file));
        request.param("kind", "Giấy xác nhận tình trạng hôn nhân").param("number", "125/2026/XNTTHN").param("signedOn", today)
                .param("signer", "Lê Văn Hòa").param("position", "Phó Chủ tịch UBND xã").param("delivery", delivery);
        request.with(user(users.loadUserByUsername(officer))).with(csrf());
        return request;
    }

    private static byte[] pdf() {
        return ("%PDF-1.4 result " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void a_signed_result_is_numbered_in_the_register_and_an_electronic_one_reaches_the_citizens_store() throws Exception {
        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        String code = approved("03");
        int year = LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).getYear();
        int before = jdbc.sql("select coalesce(max(register_number), 0) from result_document where office_code = 'H99.03' and register_year = ?")
                .param(year).query(Integer.class).single();

        mvc.perform(record(code, "tiepnhan.03", "BOTH", PdfSealsIT.pdf("Giay xac nhan " + UUID.randomUUID())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(record(code, "chuyenvien.03", "PAPER", pdf())).andExpect(status().is3xxRedirection());
        var numbers = jdbc.sql("select register_number from result_document where dossier_code = ? order by sequence")
                .param(code).query(Integer.class).list();
        int first = before + 1;
        assertThat(numbers).containsExactly(first, first + 1);

        String page = mvc.perform(get("/ho-so/" + code + "/ket-qua").with(user(users.loadUserByUsername("tiepnhan.03"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(code + "-KQ1", code + "-KQ2", "125/2026/XNTTHN", first + "/" + year);
        String register = mvc.perform(get("/so-ket-qua").param("nam", String.valueOf(year))
                .with(user(users.loadUserByUsername("lanhdao.03")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(register).contains(code + "-KQ1");
        var xlsx = mvc.perform(get("/so-ket-qua.xlsx").param("nam", String.valueOf(year))
                .with(user(users.loadUserByUsername("lanhdao.03")))).andReturn().getResponse();
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');

        String store = citizen.get("/cong-dan/kho-giay-to").body();
        assertThat(store).as("the electronic result, not the paper-only one").contains(code + "-KQ1").doesNotContain(code + "-KQ2");
        assertThat(jdbc.sql("select origin from citizen_document where kind like ?").param("%" + code + "-KQ1%")
                .query(String.class).single()).isEqualTo("ISSUED_RESULT");
        UUID electronic = jdbc.sql("select id from result_document where dossier_code = ? and sequence = 1").param(code)
                .query(UUID.class).single();
        assertThat(citizen.get("/cong-dan/ho-so/" + code).body()).contains("data-testid=\"my-results\"", code + "-KQ1")
                .doesNotContain(code + "-KQ2");
        var download = citizen.download("/cong-dan/ho-so/" + code + "/ket-qua/" + electronic);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(signatures.check(download.body()).valid()).as("the electronic result is signed with the office's seal")
                .isTrue();
        assertThat(signatures.check(download.body()).issued()).hasValueSatisfying(i -> assertThat(i.dossierCode()).isEqualTo(code));
        var other = new HttpBrowser(port);
        other.signInAsCitizen("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        assertThat(other.download("/cong-dan/ho-so/" + code + "/ket-qua/" + electronic).statusCode()).isEqualTo(404);
        // another office sees neither the results nor their files
        assertThat(mvc.perform(get("/ho-so/" + code + "/ket-qua").with(user(users.loadUserByUsername("tiepnhan.02"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void what_the_rules_refuse_is_said_beside_the_form_and_nothing_is_recorded() throws Exception {
        String open = Acceptance.at("H99.03", "tiepnhan.03").applicant("Nguyễn Văn An", AN).code(mvc);
        String notSigned = mvc.perform(record(open, "tiepnhan.03", "PAPER", pdf())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notSigned).contains("Hồ sơ chưa có kết quả đã ký");
        String code = approved("03");
        String notAPdf = mvc.perform(record(code, "tiepnhan.03", "PAPER", "<html>".getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notAPdf).contains("không phải PDF, JPG hay PNG");
        var badDate = record(code, "tiepnhan.03", "PAPER", pdf());
        badDate.param("signedOn", "31/02/2026");
        assertThat(mvc.perform(badDate).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Ngày ký không hợp lệ");
        var wrongKind = record(code, "tiepnhan.03", "PAPER", pdf());
        wrongKind.param("kind", "Sổ đỏ");
        assertThat(mvc.perform(wrongKind).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Thủ tục không có loại kết quả này");
        assertThat(mvc.perform(record(code, "lanhdao.03", "PAPER", pdf())).andReturn().getResponse().getStatus())
                .as("a leader signs results, the desk records them").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from result_document where dossier_code in (?, ?)").params(open, code)
                .query(Integer.class).single()).isZero();
    }
}
