package vn.motcua.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.motcua.support.StaffAccountFixture.aStaffAccount;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.fees.gateway.VnpayMessage;
import vn.motcua.identity.StaffAccounts;
import vn.motcua.signatures.SignatureCheck;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;

/**
 * A fee paid online through the demo gateway, over real HTTP as a citizen's browser and the gateway's server do: the
 * signed redirect, the gateway's page, its notification (which alone records the payment and issues the receipt), the
 * return page; a replayed, tampered or wrongly signed notification changes nothing and is kept with its answer; the
 * fee of a stopped dossier goes back through the gateway's refund.
 */
@DatabaseTest
class OnlinePaymentIT {

    private static final String AN = "001090012345";
    private static final String SECRET = "demo-vnpay-secret-not-for-production";
    private static final Pattern HIDDEN = Pattern.compile("name=\"(vnp_\\w+)\" value=\"([^\"]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignatureCheck signatures;
    @LocalServerPort
    int port;
    @Autowired
    FeeFigures figures;
    @Autowired
    Clock clock;

    private final HttpClient server = HttpClient.newHttpClient();

    private String deskOfficer() {
        var account = aStaffAccount().in("H99.02").named("Lê Thị Hoa").build();
        accounts.registerIfAbsent(account, accounts.hash(Acceptance.PASSWORD), "test");
        return account.username().value();
    }

    /** A dossier of congdan.an accepted at H99.02 whose fee the desk stated as 15,000 đồng. */
    private String dueDossier(String officer) throws Exception {
        String code = Acceptance.at("H99.02", officer).applicant("Nguyễn Văn An", AN).code(mvc);
        mvc.perform(post("/ho-so/" + code + "/phi/dinh-muc").with(user(users.loadUserByUsername(officer))).with(csrf())
                .param("version", "0").param("amount", "15000").param("basis", "Nghị quyết 12/2025/NQ-HĐND"))
                .andExpect(status().is3xxRedirection());
        return code;
    }

    private String feeStatus(String code) {
        return jdbc.sql("select status from dossier_fee where dossier_code = ?").param(code).query(String.class).single();
    }

    /** The citizen presses "Thanh toán trực tuyến" and lands on the gateway's page. */
    private HttpResponse<String> toGateway(HttpBrowser citizen, String code) throws Exception {
        String page = citizen.get("/cong-dan/ho-so/" + code).body();
        assertThat(page).contains("data-testid=\"pay-online\"", "15.000 đồng");
        var gateway = citizen.post("/cong-dan/ho-so/" + code + "/thanh-toan", "_csrf=" + HttpBrowser.csrf(page));
        assertThat(gateway.uri().getPath()).isEqualTo("/demo-vnpay/paymentv2/vpcpay.html");
        return gateway;
    }

    /** Presses a button of the gateway's page with its signed fields; lands on MotCua's return page. */
    private HttpResponse<String> onGateway(HttpBrowser citizen, HttpResponse<String> gateway, String action) throws Exception {
        var form = new StringBuilder("action=" + action + "&bank=NCB&card=9704198526191432198&_csrf=" + HttpBrowser.csrf(gateway.body()));
        var matcher = HIDDEN.matcher(gateway.body());
        while (matcher.find()) {
            form.append('&').append(matcher.group(1)).append('=')
                    .append(HttpBrowser.encode(matcher.group(2).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")));
        }
        return citizen.post("/demo-vnpay/paymentv2/thanh-toan", form.toString());
    }

    private String ipn(String query) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/payments/vnpay/ipn?" + query))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Map<String, String> fields(String query) {
        var fields = new LinkedHashMap<String, String>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.US_ASCII), URLDecoder.decode(kv[1], StandardCharsets.US_ASCII));
        }
        return fields;
    }

    @Test
    void a_fee_paid_through_the_gateway_is_recorded_once_with_its_receipt_and_paid_back_when_the_dossier_stops() throws Exception {
        String officer = deskOfficer();
        String code = dueDossier(officer);
        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        var gateway = toGateway(citizen, code);
        assertThat(gateway.body()).contains("Cổng thanh toán DEMO", "15.000 VND");

        var returned = onGateway(citizen, gateway, "pay");
        assertThat(returned.uri().getPath()).isEqualTo("/thanh-toan/vnpay/ket-qua");
        assertThat(returned.body()).contains("data-testid=\"return-paid\"", code);
        assertThat(feeStatus(code)).isEqualTo("PAID");
        String ref = jdbc.sql("select txn_ref from online_payment where dossier_code = ? and status = 'PAID'").param(code)
                .query(String.class).single();
        assertThat(jdbc.sql("select method from fee_receipt where dossier_code = ? and txn_ref = ?").params(code, ref)
                .query(String.class).single()).isEqualTo("ONLINE");
        assertThat(citizen.get("/cong-dan/ho-so/" + code).body()).contains("data-testid=\"my-fee-receipt\"")
                .doesNotContain("data-testid=\"pay-online\"");
        var receipt = citizen.download("/cong-dan/ho-so/" + code + "/bien-lai.pdf");
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(signatures.check(receipt.body()).valid()).isTrue();
        var stranger = new HttpBrowser(port);
        stranger.signInAsCitizen("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        assertThat(stranger.download("/cong-dan/ho-so/" + code + "/bien-lai.pdf").statusCode()).isEqualTo(404);

        // The same notification again, one changed on the way, and ones signed for what MotCua never asked.
        String query = returned.uri().getRawQuery();
        assertThat(ipn(query)).contains("\"RspCode\":\"02\"");
        assertThat(ipn(query.replace("vnp_Amount=1500000", "vnp_Amount=100"))).contains("\"RspCode\":\"97\"");
        var wrongAmount = fields(query);
        wrongAmount.remove(VnpayMessage.HASH);
        wrongAmount.put("vnp_Amount", "1500100");
        assertThat(ipn(VnpayMessage.signedQuery(wrongAmount, SECRET))).contains("\"RspCode\":\"04\"");
        var unknown = fields(query);
        unknown.remove(VnpayMessage.HASH);
        unknown.put("vnp_TxnRef", "MCNEVER" + ref.substring(7));
        assertThat(ipn(VnpayMessage.signedQuery(unknown, SECRET))).contains("\"RspCode\":\"01\"");
        assertThat(jdbc.sql("select count(*) from fee_receipt where dossier_code = ?").param(code).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select verdict from payment_notification where txn_ref = ? order by id").param(ref)
                .query(String.class).list()).as("every notification kept with its answer").containsExactly("00", "02", "97", "04");

        // Stopped at the citizen's request: the desk pays the fee back through the gateway.
        mvc.perform(post("/api/v1/dossiers/" + code + "/stop").with(httpBasic(officer, Acceptance.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Công dân xin dừng\"}")).andExpect(status().isOk());
        assertThat(feeStatus(code)).isEqualTo("REFUND_DUE");
        var desk = new HttpBrowser(port);
        desk.signInAsStaff(officer, Acceptance.PASSWORD);
        String feePage = desk.get("/ho-so/" + code + "/phi").body();
        String version = feePage.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        var refunded = desk.post("/ho-so/" + code + "/phi/hoan-tien", "version=" + version + "&refundReason="
                + HttpBrowser.encode("Dừng giải quyết theo đề nghị") + "&_csrf=" + HttpBrowser.csrf(feePage));
        assertThat(refunded.body()).contains("data-testid=\"refund-line\"");
        assertThat(feeStatus(code)).isEqualTo("REFUNDED");
        assertThat(jdbc.sql("select method from fee_refund where dossier_code = ?").param(code).query(String.class).single())
                .isEqualTo("ONLINE");
        assertThat(jdbc.sql("select refunded from demo_gateway_transaction where txn_ref = ?").param(ref).query(Long.class)
                .single()).isEqualTo(15_000L);
    }

    @Test
    void a_cancelled_payment_takes_nothing_and_the_citizen_may_pay_again() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        var before = figures.period(List.of("H99.02"), today, today);
        String officer = deskOfficer();
        String code = dueDossier(officer);
        var citizen = new HttpBrowser(port);
        citizen.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        var returned = onGateway(citizen, toGateway(citizen, code), "cancel");
        assertThat(returned.body()).contains("data-testid=\"return-failed\"", "đã hủy giao dịch");
        assertThat(feeStatus(code)).isEqualTo("DUE");
        assertThat(jdbc.sql("select status from online_payment where dossier_code = ?").param(code).query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(onGateway(citizen, toGateway(citizen, code), "pay").body()).contains("data-testid=\"return-paid\"");
        assertThat(feeStatus(code)).isEqualTo("PAID");
        var after = figures.period(List.of("H99.02"), today, today);
        assertThat(after.feeBearing() - before.feeBearing()).as("the scorecard's payment indicator counts it").isEqualTo(1);
        assertThat(after.paidOnline() - before.paidOnline()).isEqualTo(1);
    }

    @Test
    void a_return_page_with_a_forged_signature_records_and_shows_nothing() throws Exception {
        var browser = new HttpBrowser(port);
        var page = browser.get("/thanh-toan/vnpay/ket-qua?vnp_TxnRef=MC000&vnp_Amount=1500000&vnp_ResponseCode=00"
                + "&vnp_TransactionStatus=00&vnp_SecureHash=abc");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"return-unknown\"");
    }
}
