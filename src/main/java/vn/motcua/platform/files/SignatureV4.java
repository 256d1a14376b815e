package vn.motcua.platform.files;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3 requests without a query string, as S3-compatible stores (AWS, MinIO, Ceph, the
 * Vietnamese clouds' object storage) check it: the canonical request of method, path, host, payload hash and date,
 * signed with a key derived from the secret, the day, the region and the service. Used by the client and by the demo's
 * store alike, so that both sides compute one thing.
 */
public record SignatureV4(String accessKey, String secretKey, String region) {

    public static final String EMPTY_PAYLOAD = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String SIGNED_HEADERS = "host;x-amz-content-sha256;x-amz-date";

    public SignatureV4 {
        if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("An S3 store needs an access key and a secret key");
        }
        region = region == null || region.isBlank() ? "us-east-1" : region;
    }

    /** The {@code Authorization} header of the request. */
    public String authorization(String method, String path, String host, String payloadSha256, String amzDate) {
        String day = amzDate.substring(0, 8);
        String scope = day + "/" + region + "/s3/aws4_request";
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature(method, path, host, payloadSha256, amzDate);
    }

    /** The hex signature of the request at that moment ({@code yyyyMMddTHHmmssZ}). */
    public String signature(String method, String path, String host, String payloadSha256, String amzDate) {
        String day = amzDate.substring(0, 8);
        String canonical = method + "\n" + path + "\n\n" + "host:" + host + "\n" + "x-amz-content-sha256:" + payloadSha256
                + "\n" + "x-amz-date:" + amzDate + "\n\n" + SIGNED_HEADERS + "\n" + payloadSha256;
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + day + "/" + region + "/s3/aws4_request\n" + sha256Hex(canonical);
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, "s3");
        key = hmac(key, "aws4_request");
        return HexFormat.of().formatHex(hmac(key, toSign));
    }

    public static String amzDate(Instant at) {
        return AMZ_DATE.format(at);
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
