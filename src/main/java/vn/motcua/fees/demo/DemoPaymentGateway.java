package vn.motcua.fees.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Hidden;
import vn.motcua.fees.gateway.VnpayGateway;
import vn.motcua.fees.gateway.VnpayMessage;
import vn.motcua.fees.gateway.VnpaySettings;
import vn.motcua.fees.persistence.DemoGatewayRows;

/**
 * The demo's payment gateway (demo profile): speaks the VNPAY payment URL protocol v2.1.0 to MotCua exactly as the real
 * gateway does, so the whole path runs here. It checks the merchant's signature, shows a payment page clearly marked as
 * the demo's (no money moves), then sends the signed instant payment notification server to server and redirects the
 * browser to the return address with the same signed fields. The demo card {@value #CARD} pays; {@value #POOR_CARD} has
 * too little money (51); cancelling answers 24.
 */
@Hidden
@Controller
@Profile("demo")
class DemoPaymentGateway {

    static final String PATH = "/demo-vnpay";
    static final String CARD = "9704198526191432198";
    static final String POOR_CARD = "9704195798459170488";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPaymentGateway.class);

    private final VnpaySettings terminal;
    private final DemoGatewayRows rows;
    private final Clock clock;
    private final String ipnUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoPaymentGateway(VnpaySettings terminal, DemoGatewayRows rows, Clock clock,
            @Value("${motcua.payments.vnpay.demo.ipn-url:}") String ipnUrl) {
        this.terminal = terminal;
        this.rows = rows;
        this.clock = clock;
        this.ipnUrl = ipnUrl;
    }

    @GetMapping(PATH + "/paymentv2/vpcpay.html")
    String page(@RequestParam Map<String, String> fields, Model model) {
        String problem = problem(fields);
        model.addAttribute("problem", problem);
        model.addAttribute("fields", new TreeMap<>(fields));
        if (problem == null) {
            model.addAttribute("amount", Long.parseLong(fields.get("vnp_Amount")) / 100);
            model.addAttribute("orderInfo", fields.get("vnp_OrderInfo"));
            model.addAttribute("txnRef", fields.get("vnp_TxnRef"));
        }
        model.addAttribute("card", CARD);
        return "fees/demo-gateway";
    }

    @PostMapping(PATH + "/paymentv2/thanh-toan")
    String pay(@RequestParam Map<String, String> form, Model model) {
        var fields = new TreeMap<String, String>();
        form.forEach((k, v) -> {
            if (k.startsWith("vnp_")) {
                fields.put(k, v);
            }
        });
        String problem = problem(fields);
        if (problem != null) {
            return page(fields, model);
        }
        String card = form.getOrDefault("card", "").replace(" ", "");
        boolean cancelled = "cancel".equals(form.get("action"));
        if (!cancelled && !card.matches("\\d{16,19}")) {
            model.addAttribute("cardError", true);
            return page(fields, model);
        }
        String code = cancelled ? "24" : POOR_CARD.equals(card) ? "51" : "00";
        String bank = form.getOrDefault("bank", "NCB").matches("[A-Z]{2,10}") ? form.get("bank") : "NCB";
        String payDate = VnpayGateway.TIME.format(clock.instant());
        var tx = rows.record(terminal.tmnCode(), fields.get("vnp_TxnRef"), Long.parseLong(fields.get("vnp_Amount")) / 100,
                bank, code, payDate);
        var result = new LinkedHashMap<String, String>();
        result.put("vnp_Amount", fields.get("vnp_Amount"));
        result.put("vnp_BankCode", tx.bankCode());
        if ("00".equals(tx.status())) {
            result.put("vnp_BankTranNo", "VNP" + tx.number());
            result.put("vnp_CardType", "ATM");
        }
        result.put("vnp_OrderInfo", fields.get("vnp_OrderInfo"));
        result.put("vnp_PayDate", tx.payDate());
        result.put("vnp_ResponseCode", tx.status());
        result.put("vnp_TmnCode", terminal.tmnCode());
        result.put("vnp_TransactionNo", "00".equals(tx.status()) ? String.valueOf(tx.number()) : "0");
        result.put("vnp_TransactionStatus", "00".equals(tx.status()) ? "00" : "02");
        result.put("vnp_TxnRef", fields.get("vnp_TxnRef"));
        String query = VnpayMessage.signedQuery(result, terminal.hashSecret());
        notifyMerchant(query);
        return "redirect:" + fields.get("vnp_ReturnUrl") + "?" + query;
    }

    /** The server-to-server notification, as the gateway sends it to the address registered for the terminal. */
    private void notifyMerchant(String query) {
        String address = ipnUrl == null || ipnUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/payments/vnpay/ipn").toUriString() : ipnUrl;
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(address + "?" + query)).timeout(Duration.ofSeconds(20))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            LOG.info("Demo gateway notified {}: {} {}", address, response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            LOG.warn("Demo gateway could not notify {}", address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the real gateway would refuse in a payment request, in Vietnamese; null when it is well formed and signed. */
    private String problem(Map<String, String> f) {
        if (!terminal.configured() || !terminal.tmnCode().equals(f.get("vnp_TmnCode"))) {
            return "Website này chưa được phê duyệt (sai mã website vnp_TmnCode).";
        }
        if (!VnpayMessage.verify(f, terminal.hashSecret())) {
            return "Sai chữ ký (vnp_SecureHash).";
        }
        if (!"2.1.0".equals(f.get("vnp_Version")) || !"pay".equals(f.get("vnp_Command")) || !"VND".equals(f.get("vnp_CurrCode"))) {
            return "Phiên bản, lệnh hoặc loại tiền không được hỗ trợ.";
        }
        String amount = f.getOrDefault("vnp_Amount", "");
        if (!amount.matches("\\d{3,14}") || !amount.endsWith("00") || Long.parseLong(amount) < 5_000 * 100L) {
            return "Số tiền không hợp lệ (tối thiểu 5.000 đồng).";
        }
        for (String required : List.of("vnp_TxnRef", "vnp_ReturnUrl", "vnp_OrderInfo", "vnp_CreateDate", "vnp_ExpireDate")) {
            if (f.get(required) == null || f.get(required).isBlank()) {
                return "Thiếu tham số " + required + ".";
            }
        }
        try {
            var expires = LocalDateTime.parse(f.get("vnp_ExpireDate"), VnpayGateway.TIME);
            if (LocalDateTime.now(clock.withZone(VnpayGateway.GMT7)).isAfter(expires)) {
                return "Giao dịch đã quá thời gian chờ thanh toán.";
            }
        } catch (DateTimeParseException e) {
            return "Thời gian hết hạn không đúng định dạng.";
        }
        return null;
    }
}
