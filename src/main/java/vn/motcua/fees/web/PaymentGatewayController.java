package vn.motcua.fees.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.fees.OnlinePayments;
import vn.motcua.fees.gateway.IpnAnswer;
import vn.motcua.platform.web.PublicEndpoints;

/**
 * What the payment gateway calls: the instant payment notification (server to server, {@code GET}, answered
 * {@code {"RspCode","Message"}}), and the page the citizen's browser returns to, which only shows what is known.
 */
@Controller
class PaymentGatewayController {

    /** A notification carries about twenty fields; more is not the gateway. */
    private static final int MAX_FIELDS = 40;

    private final OnlinePayments payments;

    PaymentGatewayController(OnlinePayments payments) {
        this.payments = payments;
    }

    @Hidden
    @GetMapping(path = "/api/v1/payments/vnpay/ipn", produces = "application/json")
    @ResponseBody
    Map<String, String> ipn(@RequestParam Map<String, String> fields, HttpServletRequest request) {
        var answer = fields.size() > MAX_FIELDS ? IpnAnswer.INVALID_SIGNATURE
                : payments.notified(fields, request.getQueryString(), request.getRemoteAddr());
        var body = new LinkedHashMap<String, String>();
        body.put("RspCode", answer.code());
        body.put("Message", answer.message());
        return body;
    }

    @GetMapping("/thanh-toan/vnpay/ket-qua")
    String returned(@RequestParam Map<String, String> fields, Model model) {
        model.addAttribute("r", fields.size() > MAX_FIELDS ? null : payments.returned(fields));
        model.addAttribute("responseCode", fields.get("vnp_ResponseCode"));
        return "fees/payment-return";
    }

    @Configuration(proxyBeanMethods = false)
    static class Open {
        @Bean
        PublicEndpoints paymentGatewayEndpoints() {
            return () -> List.of("/api/v1/payments/vnpay/ipn", "/thanh-toan/vnpay/ket-qua");
        }
    }
}
