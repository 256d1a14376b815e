package vn.motcua.fees.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's payment terminal at VNPAY ({@code motcua.payments.vnpay.*}): the terminal code and hash secret VNPAY
 * issued, the payment page, the merchant API (refund), and the return address of this installation. The instant
 * payment notification address is registered with VNPAY, not sent: it is {@code /api/v1/payments/vnpay/ipn} here.
 * Online payment is offered only when a terminal is configured.
 */
@ConfigurationProperties("motcua.payments.vnpay")
public record VnpaySettings(String tmnCode, String hashSecret, String payUrl, String apiUrl, String returnUrl,
        Integer expireMinutes) {

    public VnpaySettings {
        expireMinutes = expireMinutes == null || expireMinutes < 1 || expireMinutes > 60 ? 15 : expireMinutes;
    }

    public boolean configured() {
        return present(tmnCode) && present(hashSecret) && present(payUrl) && present(returnUrl);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
