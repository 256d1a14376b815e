package vn.motcua.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A client's network address as the application keeps it for rate limits and duplicate detection: hashed
 * (SHA-256 with a fixed prefix), never in clear.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static String hash(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("motcua:" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
