package vn.motcua.fees.demo;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import vn.motcua.fees.gateway.VnpayGateway;
import vn.motcua.fees.gateway.VnpayMessage;
import vn.motcua.fees.gateway.VnpaySettings;
import vn.motcua.fees.persistence.DemoGatewayRows;

/**
 * The demo gateway's merchant API (demo profile): the {@code refund} command of the VNPAY protocol, its request and
 * answer signed with HMAC-SHA512 over the fields joined by {@code |}. Answers 97 to a bad signature, 91 to an unknown
 * transaction, 95 to one that was not paid, 94 to a second refund, 00 otherwise.
 */
@Hidden
@RestController
@Profile("demo")
class DemoMerchantApi {

    static final String PATH = DemoPaymentGateway.PATH + "/merchant_webapi/api/transaction";

    private final VnpaySettings terminal;
    private final DemoGatewayRows rows;
    private final Clock clock;

    DemoMerchantApi(VnpaySettings terminal, DemoGatewayRows rows, Clock clock) {
        this.terminal = terminal;
        this.rows = rows;
        this.clock = clock;
    }

    @PostMapping(path = PATH, produces = "application/json")
    Map<String, String> transaction(@RequestBody Map<String, Object> body) {
        var request = new LinkedHashMap<String, String>();
        body.forEach((k, v) -> request.put(k, v == null ? null : String.valueOf(v)));
        var answer = new LinkedHashMap<String, String>();
        answer.put("vnp_ResponseId", UUID.randomUUID().toString().replace("-", ""));
        answer.put("vnp_Command", "refund");
        answer.put("vnp_TmnCode", terminal.tmnCode());
        answer.put("vnp_TxnRef", request.get("vnp_TxnRef"));
        answer.put("vnp_Amount", request.get("vnp_Amount"));
        answer.put("vnp_OrderInfo", request.get("vnp_OrderInfo"));
        answer.put("vnp_TransactionType", request.get("vnp_TransactionType"));
        String expected = VnpayMessage.piped(terminal.hashSecret(), VnpayGateway.refundRequestOrder(request));
        String code;
        if (!"refund".equals(request.get("vnp_Command")) || !terminal.tmnCode().equals(request.get("vnp_TmnCode"))
                || !expected.equalsIgnoreCase(String.valueOf(request.get(VnpayMessage.HASH)))) {
            code = "97";
        } else {
            var tx = rows.find(terminal.tmnCode(), request.get("vnp_TxnRef"));
            if (tx.isEmpty()) {
                code = "91";
            } else if (!"00".equals(tx.get().status())) {
                code = "95";
            } else if (!String.valueOf(tx.get().amount() * 100).equals(request.get("vnp_Amount"))) {
                code = "99";
            } else {
                code = rows.refund(terminal.tmnCode(), tx.get().txnRef()) ? "00" : "94";
                answer.put("vnp_BankCode", tx.get().bankCode());
                answer.put("vnp_TransactionNo", String.valueOf(tx.get().number()));
            }
        }
        answer.put("vnp_ResponseCode", code);
        answer.put("vnp_Message", "00".equals(code) ? "Refund success" : "Refund refused " + code);
        answer.put("vnp_PayDate", VnpayGateway.TIME.format(clock.instant()));
        answer.put("vnp_TransactionStatus", "00".equals(code) ? "05" : "02");
        answer.put(VnpayMessage.HASH, VnpayMessage.piped(terminal.hashSecret(), VnpayGateway.refundResponseOrder(answer)));
        return answer;
    }
}
