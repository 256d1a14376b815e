package vn.motcua.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.StaffAccountFixture.aStaffAccount;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.signatures.SignatureCheck;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * A dossier's fee at the counter: recorded at acceptance from the procedure version, stated by the desk with its basis
 * (or exempted with the reason), collected in cash with a signed receipt numbered once per office and year, paid back
 * when the dossier is stopped; the officer's cash book closed by the leader. What the rules refuse is said beside the
 * form and changes nothing.
 */
@DatabaseTest
class DossierFeesIT {

    private static final String AN = "001090012345";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    SignatureCheck signatures;

    /** A desk officer of H99.02 that no earlier run used: their cash book of the (pinned) day starts empty. */
    private String newDeskOfficer() {
        var account = aStaffAccount().in("H99.02").named("Trần Thị Thu").build();
        accounts.registerIfAbsent(account, accounts.hash(Acceptance.PASSWORD), "test");
        return account.username().value();
    }

    private String accepted(String officer) throws Exception {
        return Acceptance.at("H99.02", officer).applicant("Nguyễn Văn An", AN).code(mvc);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String officer) {
        return request.with(user(users.loadUserByUsername(officer))).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request, String officer) throws Exception {
        return mvc.perform(as(request, officer)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String feeStatus(String code) {
        return jdbc.sql("select status from dossier_fee where dossier_code = ?").param(code).query(String.class).single();
    }

    private long version(String code) {
        return jdbc.sql("select version from dossier_fee where dossier_code = ?").param(code).query(Long.class).single();
    }

    private void assess(String code, String officer, String amount) throws Exception {
        mvc.perform(as(post("/ho-so/" + code + "/phi/dinh-muc"), officer).param("version", String.valueOf(version(code)))
                .param("quantity", "1").param("amount", amount).param("basis", "Nghị quyết 12/2025/NQ-HĐND tỉnh"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void a_fee_is_stated_collected_with_a_signed_receipt_and_refused_twice() throws Exception {
        String officer = newDeskOfficer();
        String code = accepted(officer);
        assertThat(feeStatus(code)).as("1.004873's amount is set by the province: the desk states it").isEqualTo("TO_ASSESS");

        String missing = page(post("/ho-so/" + code + "/phi/dinh-muc").param("version", "0").param("quantity", "1"), officer);
        assertThat(missing).contains("id=\"amount-error\"", "Thủ tục này không quy định sẵn mức thu");
        String unlisted = page(post("/ho-so/" + code + "/phi/dinh-muc").param("version", "0").param("amount", "15.000")
                .param("basis", "NQ 12/2025").param("reduction", "Sinh viên").param("reason", "Thẻ"), officer);
        assertThat(unlisted).contains("id=\"reduction-error\"");
        assertThat(feeStatus(code)).isEqualTo("TO_ASSESS");

        assess(code, officer, "15.000");
        assertThat(feeStatus(code)).isEqualTo("DUE");
        assertThat(page(get("/ho-so/" + code + "/phi"), officer)).contains("15.000 đồng", "data-testid=\"collect-cash\"");
        String stale = page(post("/ho-so/" + code + "/phi/thu-tien-mat").param("version", "0"), officer);
        assertThat(stale).contains("vừa được người khác thay đổi");

        int year = LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).getYear();
        int before = jdbc.sql("select coalesce(max(number), 0) from fee_receipt where office_code = 'H99.02' and year = ?")
                .param(year).query(Integer.class).single();
        mvc.perform(as(post("/ho-so/" + code + "/phi/thu-tien-mat"), officer).param("version", String.valueOf(version(code))))
                .andExpect(status().is3xxRedirection());
        assertThat(feeStatus(code)).isEqualTo("PAID");
        var receipt = jdbc.sql("select number, series, amount, method from fee_receipt where dossier_code = ?").param(code)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getString(4))).single();
        assertThat(receipt).containsExactly(before + 1, String.format("%02dTMC", year % 100), 15_000L, "CASH");

        byte[] pdf = mvc.perform(get("/ho-so/" + code + "/bien-lai.pdf").with(user(users.loadUserByUsername("lanhdao.02"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(signatures.check(pdf).valid()).as("the receipt carries the office's signature").isTrue();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "EBL01", String.format("%07d", before + 1),
                    "Mười lăm nghìn đồng", "Nguyễn Văn An", code, "0100000001-992", "Trần Thị Thu");
        }

        String twice = page(post("/ho-so/" + code + "/phi/thu-tien-mat").param("version", String.valueOf(version(code))), officer);
        assertThat(twice).contains("data-testid=\"fee-error\"");
        assertThat(jdbc.sql("select count(*) from fee_receipt where dossier_code = ?").param(code).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action like 'fee.%'").param("dossier:" + code)
                .query(Long.class).single()).as("assessed and paid, audited").isEqualTo(2);
    }

    @Test
    void another_office_sees_nothing_and_a_specialist_collects_nothing() throws Exception {
        String officer = newDeskOfficer();
        String code = accepted(officer);
        assess(code, officer, "15000");
        assertThat(mvc.perform(get("/ho-so/" + code + "/phi").with(user(users.loadUserByUsername("tiepnhan.03"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(as(post("/ho-so/" + code + "/phi/thu-tien-mat"), "chuyenvien.02")
                .param("version", String.valueOf(version(code)))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/ho-so/" + code + "/bien-lai.pdf").with(user(users.loadUserByUsername("tiepnhan.03"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(feeStatus(code)).isEqualTo("DUE");
    }

    @Test
    void an_exempt_applicant_pays_nothing_and_the_reason_is_kept() throws Exception {
        String officer = newDeskOfficer();
        String code = accepted(officer);
        mvc.perform(as(post("/ho-so/" + code + "/phi/dinh-muc"), officer).param("version", "0").param("amount", "15000")
                .param("basis", "NQ 12/2025").param("reduction", "Hộ nghèo").param("reason", "Sổ hộ nghèo số 123/HN"))
                .andExpect(status().is3xxRedirection());
        assertThat(feeStatus(code)).isEqualTo("NOTHING_DUE");
        assertThat(jdbc.sql("select reduction_reason from dossier_fee where dossier_code = ?").param(code).query(String.class)
                .single()).isEqualTo("Sổ hộ nghèo số 123/HN");
    }

    @Test
    void a_stopped_dossier_gets_its_cash_back_and_a_closed_cash_book_takes_no_more_cash() throws Exception {
        String officer = newDeskOfficer();
        String code = accepted(officer);
        assess(code, officer, "20000");
        mvc.perform(as(post("/ho-so/" + code + "/phi/thu-tien-mat"), officer).param("version", String.valueOf(version(code))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/dossiers/" + code + "/stop").with(httpBasic(officer, Acceptance.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Công dân xin dừng giải quyết\"}"))
                .andExpect(status().isOk());
        assertThat(feeStatus(code)).isEqualTo("REFUND_DUE");
        assertThat(page(get("/phi-le-phi"), officer)).contains(code);
        mvc.perform(as(post("/ho-so/" + code + "/phi/hoan-tien"), officer).param("version", String.valueOf(version(code)))
                .param("refundReason", "Hồ sơ dừng giải quyết theo đề nghị")).andExpect(status().is3xxRedirection());
        assertThat(feeStatus(code)).isEqualTo("REFUNDED");

        String today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).toString();
        String book = page(get("/so-quy").param("ngay", today).param("can-bo", officer), "lanhdao.02");
        assertThat(book).contains(code, "20.000");
        assertThat(page(get("/so-quy").param("can-bo", "lanhdao.02"), officer)).as("an officer reads only their own book")
                .contains(officer);
        mvc.perform(as(post("/so-quy/khoa"), "lanhdao.02").param("ngay", today).param("can-bo", officer))
                .andExpect(status().is3xxRedirection());
        assertThat(page(post("/so-quy/khoa").param("ngay", today).param("can-bo", officer), officer))
                .as("only a leader closes a book").isEmpty();

        String next = accepted(officer);
        assess(next, officer, "15000");
        String refused = page(post("/ho-so/" + next + "/phi/thu-tien-mat").param("version", String.valueOf(version(next))), officer);
        assertThat(refused).contains("đã được khóa");
        assertThat(feeStatus(next)).isEqualTo("DUE");
        String reconciliation = page(get("/doi-soat").param("ngay", today), "lanhdao.02");
        assertThat(reconciliation).contains(officer, "Đã khóa, khớp");
    }

    @Test
    void officers_collecting_at_once_never_share_a_receipt_number() throws Exception {
        List<String> codes = new ArrayList<>();
        List<String> officers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String officer = newDeskOfficer();
            String code = accepted(officer);
            assess(code, officer, "15000");
            codes.add(code);
            officers.add(officer);
        }
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String code = codes.get(i);
                String officer = officers.get(i);
                long seen = version(code);
                tasks.add(() -> mvc.perform(as(post("/ho-so/" + code + "/phi/thu-tien-mat"), officer)
                        .param("version", String.valueOf(seen))).andReturn().getResponse().getStatus());
            }
            for (var done : pool.invokeAll(tasks)) {
                assertThat(done.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        var numbers = jdbc.sql("select number from fee_receipt where dossier_code in (:codes)").param("codes", codes)
                .query(Integer.class).list();
        assertThat(numbers).hasSize(6).doesNotHaveDuplicates();
    }
}
