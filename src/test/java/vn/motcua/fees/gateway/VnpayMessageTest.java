package vn.motcua.fees.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The VNPAY protocol's signatures: what is signed, how, and that any change breaks them. */
class VnpayMessageTest {

    static final String SECRET = "TESTSECRET";

    private static Map<String, String> fields() {
        var f = new LinkedHashMap<String, String>();
        f.put("vnp_TxnRef", "MC261204ABCDEF");
        f.put("vnp_Amount", "1500000");
        f.put("vnp_OrderInfo", "Thanh toan le phi ho so H99");
        f.put("vnp_BankCode", "");
        f.put("vnp_Command", "pay");
        f.put("other", "not signed");
        return f;
    }

    @Test
    void the_signed_text_is_the_vnp_fields_sorted_by_name_url_encoded_and_empty_ones_dropped() {
        assertThat(VnpayMessage.hashData(fields()))
                .isEqualTo("vnp_Amount=1500000&vnp_Command=pay&vnp_OrderInfo=Thanh+toan+le+phi+ho+so+H99&vnp_TxnRef=MC261204ABCDEF");
    }

    @Test
    void the_signature_is_hmac_sha512_in_hex() {
        // HMAC-SHA512("key", "The quick brown fox jumps over the lazy dog"), the published test vector.
        assertThat(VnpayMessage.hmac("key", "The quick brown fox jumps over the lazy dog")).isEqualTo(
                "b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a");
    }

    @Test
    void a_signed_query_verifies_and_any_change_does_not() {
        String query = VnpayMessage.signedQuery(fields(), SECRET);
        var parsed = new HashMap<String, String>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parsed.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.US_ASCII),
                    java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.US_ASCII));
        }
        assertThat(VnpayMessage.verify(parsed, SECRET)).isTrue();
        assertThat(VnpayMessage.verify(parsed, "OTHERSECRET")).isFalse();
        parsed.put("vnp_Amount", "1500100");
        assertThat(VnpayMessage.verify(parsed, SECRET)).isFalse();
        parsed.remove(VnpayMessage.HASH);
        assertThat(VnpayMessage.verify(parsed, SECRET)).isFalse();
    }

    @Test
    void order_information_goes_without_diacritics() {
        assertThat(VnpayMessage.plain("Thanh toán lệ phí hồ sơ Đăng ký")).isEqualTo("Thanh toan le phi ho so Dang ky");
    }

    @Test
    void the_merchant_api_signs_fields_joined_by_a_bar() {
        assertThat(VnpayMessage.piped(SECRET, List.of("a", "", "c"))).isEqualTo(VnpayMessage.hmac(SECRET, "a||c"));
    }
}
