package vn.motcua.fees.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The VNPAY payment URL protocol's signatures (v2.1.0): for the payment redirect, its return and its instant payment
 * notification, every {@code vnp_*} field but the hash itself, empty ones dropped, sorted by name, as {@code
 * name=url-encoded value} joined by {@code &}, signed with HMAC-SHA512 under the terminal's secret, in hex; for the
 * merchant API (refund, querydr), the fields in the protocol's order joined by {@code |}.
 */
public final class VnpayMessage {

    public static final String HASH = "vnp_SecureHash";
    public static final String HASH_TYPE = "vnp_SecureHashType";

    private VnpayMessage() {
    }

    /** The text the redirect, return and notification hashes sign. */
    public static String hashData(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .filter(e -> e.getKey().startsWith("vnp_") && !e.getKey().equals(HASH) && !e.getKey().equals(HASH_TYPE))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The fields as a query string with their signature last. */
    public static String signedQuery(Map<String, String> fields, String secret) {
        String data = hashData(fields);
        return new TreeMap<>(fields).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")) + "&" + HASH + "=" + hmac(secret, data);
    }

    /** Whether the fields carry the signature of their own data under the secret (compared in constant time). */
    public static boolean verify(Map<String, String> fields, String secret) {
        String given = fields.get(HASH);
        if (given == null || given.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, hashData(fields)).getBytes(StandardCharsets.US_ASCII),
                given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** The merchant API's signature of fields in the protocol's order, joined by {@code |} (a missing one is empty). */
    public static String piped(String secret, List<String> values) {
        return hmac(secret, values.stream().map(v -> v == null ? "" : v).collect(Collectors.joining("|")));
    }

    public static String hmac(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available", e);
        }
    }

    /** Order information as the protocol wants it: Vietnamese without diacritics, printable ASCII, at most 255. */
    public static String plain(String text) {
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "");
        return stripped.length() > 255 ? stripped.substring(0, 255) : stripped;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.US_ASCII);
    }
}
