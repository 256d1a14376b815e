package vn.motcua.fees.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter to the VNPAY payment gateway (protocol v2.1.0): the signed payment redirect, the check of a return or
 * notification's signature, and the merchant API's refund. Times are {@code yyyyMMddHHmmss} in GMT+7.
 */
@Component
@EnableConfigurationProperties(VnpaySettings.class)
public class VnpayGateway {

    public static final ZoneId GMT7 = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(GMT7);

    private final VnpaySettings settings;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String publicBaseUrl;

    VnpayGateway(VnpaySettings settings, JsonMapper json,
            @Value("${motcua.dossier.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.settings = settings;
        this.json = json;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * An address as configured; one that starts with {@code /} is on this installation (the demo gateway), completed
     * with the address of the request being served, or else the public base address.
     */
    String absolute(String url) {
        if (url == null || !url.startsWith("/")) {
            return url;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(url).toUriString();
        }
        return publicBaseUrl.replaceAll("/+$", "") + url;
    }

    public boolean configured() {
        return settings.configured();
    }

    public int expireMinutes() {
        return settings.expireMinutes();
    }

    /** The address the citizen's browser goes to, to pay {@code amount} đồng for the order {@code txnRef}. */
    public String paymentUrl(String txnRef, long amount, String orderInfo, String clientIp, Instant created, Instant expires,
            String locale) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("vnp_Version", "2.1.0");
        fields.put("vnp_Command", "pay");
        fields.put("vnp_TmnCode", settings.tmnCode());
        fields.put("vnp_Amount", String.valueOf(Math.multiplyExact(amount, 100L)));
        fields.put("vnp_CurrCode", "VND");
        fields.put("vnp_TxnRef", txnRef);
        fields.put("vnp_OrderInfo", VnpayMessage.plain(orderInfo));
        fields.put("vnp_OrderType", "other");
        fields.put("vnp_Locale", "en".equals(locale) ? "en" : "vn");
        fields.put("vnp_ReturnUrl", absolute(settings.returnUrl()));
        fields.put("vnp_IpAddr", clientIp == null || clientIp.isBlank() ? "127.0.0.1" : clientIp);
        fields.put("vnp_CreateDate", TIME.format(created));
        fields.put("vnp_ExpireDate", TIME.format(expires));
        return absolute(settings.payUrl()) + "?" + VnpayMessage.signedQuery(fields, settings.hashSecret());
    }

    /** Whether a return or notification was signed with this terminal's secret. */
    public boolean authentic(Map<String, String> fields) {
        return configured() && VnpayMessage.verify(fields, settings.hashSecret());
    }

    public String tmnCode() {
        return settings.tmnCode();
    }

    /** What the gateway answered a refund: its response code, and whether the answer was signed by it. */
    public record RefundAnswer(String responseCode, boolean verified, String transactionNo) {
        public boolean refunded() {
            return verified && "00".equals(responseCode);
        }
    }

    /**
     * Asks the gateway to pay the whole of a transaction back ({@code vnp_TransactionType=02}).
     *
     * @param payDate the transaction's {@code vnp_PayDate}
     */
    public RefundAnswer refund(String txnRef, long amount, String transactionNo, String payDate, String createdBy,
            String clientIp, String orderInfo, Instant now) {
        if (settings.apiUrl() == null || settings.apiUrl().isBlank()) {
            throw new IllegalStateException("No merchant API address (motcua.payments.vnpay.api-url)");
        }
        var body = new LinkedHashMap<String, String>();
        body.put("vnp_RequestId", UUID.randomUUID().toString().replace("-", "").substring(0, 32));
        body.put("vnp_Version", "2.1.0");
        body.put("vnp_Command", "refund");
        body.put("vnp_TmnCode", settings.tmnCode());
        body.put("vnp_TransactionType", "02");
        body.put("vnp_TxnRef", txnRef);
        body.put("vnp_Amount", String.valueOf(Math.multiplyExact(amount, 100L)));
        body.put("vnp_TransactionNo", transactionNo == null ? "0" : transactionNo);
        body.put("vnp_TransactionDate", payDate);
        body.put("vnp_CreateBy", createdBy);
        body.put("vnp_CreateDate", TIME.format(now));
        body.put("vnp_IpAddr", clientIp == null ? "127.0.0.1" : clientIp);
        body.put("vnp_OrderInfo", VnpayMessage.plain(orderInfo));
        body.put(VnpayMessage.HASH, VnpayMessage.piped(settings.hashSecret(), refundRequestOrder(body)));
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(absolute(settings.apiUrl()))).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return new RefundAnswer("HTTP" + response.statusCode(), false, null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = json.readValue(response.body(), Map.class);
            var text = new LinkedHashMap<String, String>();
            answer.forEach((k, v) -> text.put(k, v == null ? null : String.valueOf(v)));
            String expected = VnpayMessage.piped(settings.hashSecret(), refundResponseOrder(text));
            boolean verified = expected.equalsIgnoreCase(String.valueOf(text.get(VnpayMessage.HASH)));
            return new RefundAnswer(text.get("vnp_ResponseCode"), verified, text.get("vnp_TransactionNo"));
        } catch (IOException e) {
            return new RefundAnswer("IO", false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RefundAnswer("INTERRUPTED", false, null);
        }
    }

    /** The refund request's fields in the order its hash joins them. */
    public static List<String> refundRequestOrder(Map<String, String> f) {
        return List.of("vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_TransactionType", "vnp_TxnRef",
                "vnp_Amount", "vnp_TransactionNo", "vnp_TransactionDate", "vnp_CreateBy", "vnp_CreateDate", "vnp_IpAddr",
                "vnp_OrderInfo").stream().map(k -> java.util.Objects.toString(f.get(k), "")).toList();
    }

    /** The refund answer's fields in the order its hash joins them. */
    public static List<String> refundResponseOrder(Map<String, String> f) {
        return List.of("vnp_ResponseId", "vnp_Command", "vnp_ResponseCode", "vnp_Message", "vnp_TmnCode", "vnp_TxnRef",
                "vnp_Amount", "vnp_BankCode", "vnp_PayDate", "vnp_TransactionNo", "vnp_TransactionType",
                "vnp_TransactionStatus", "vnp_OrderInfo").stream().map(k -> java.util.Objects.toString(f.get(k), "")).toList();
    }
}
