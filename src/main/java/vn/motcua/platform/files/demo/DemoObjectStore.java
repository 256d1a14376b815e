package vn.motcua.platform.files.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.platform.files.SignatureV4;

/**
 * The demo's S3-compatible object store ({@code /demo-s3/<bucket>/<key>}, demo profile): HEAD, GET and PUT of objects,
 * path-style, each request's Signature Version 4 checked with the demo's keys, the date within 15 minutes, and an
 * upload's bytes against the payload hash it was signed with; errors as S3 words them. What MotCua's content store
 * speaks to with {@code motcua.files.store=s3} when no real bucket can be reached; objects under
 * {@code motcua.demo.object-store.directory}.
 */
@RestController
@Profile("demo")
class DemoObjectStore {

    static final String PATH = "/demo-s3";
    private static final Duration SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final String accessKey;
    private final String secretKey;
    private final Clock clock;

    DemoObjectStore(@Value("${motcua.demo.object-store.directory:data/demo-s3}") Path root,
            @Value("${motcua.demo.object-store.access-key:motcua-demo}") String accessKey,
            @Value("${motcua.demo.object-store.secret-key:motcua-demo-secret}") String secretKey, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    @RequestMapping(path = PATH + "/{bucket}/{*key}", method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.PUT})
    void object(@PathVariable String bucket, @PathVariable String key, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Path object = object(bucket, key);
        if (object == null) {
            error(response, 400, "InvalidObjectName", "Not an object name");
            return;
        }
        String payload = request.getHeader("x-amz-content-sha256");
        String problem = refusal(request, payload);
        if (problem != null) {
            error(response, 403, problem, "The request signature we calculated does not match the signature you provided");
            return;
        }
        switch (request.getMethod()) {
            case "PUT" -> put(request, response, object, payload);
            case "HEAD" -> response.setStatus(Files.isRegularFile(object) ? 200 : 404);
            default -> get(response, object);
        }
    }

    private void put(HttpServletRequest request, HttpServletResponse response, Path object, String payload)
            throws IOException {
        Files.createDirectories(object.getParent());
        Path part = Files.createTempFile(object.getParent(), "put", ".part");
        try {
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(request.getInputStream(), sha); OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(payload)) {
                error(response, 400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed");
                return;
            }
            Files.move(part, object, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            response.setStatus(200);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void get(HttpServletResponse response, Path object) throws IOException {
        if (!Files.isRegularFile(object)) {
            error(response, 404, "NoSuchKey", "The specified key does not exist.");
            return;
        }
        response.setStatus(200);
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(Files.size(object));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(object, out);
        }
    }

    /** Why the request is not the demo keys' own, or null when its signature holds. */
    private String refusal(HttpServletRequest request, String payload) {
        String authorization = request.getHeader("Authorization");
        String date = request.getHeader("x-amz-date");
        if (authorization == null || date == null || payload == null || !authorization.contains("Credential=" + accessKey + "/")) {
            return "AccessDenied";
        }
        try {
            Instant at = Instant.from(AMZ_DATE.parse(date));
            if (Duration.between(at, clock.instant()).abs().compareTo(SKEW) > 0) {
                return "RequestTimeTooSkewed";
            }
        } catch (DateTimeParseException e) {
            return "AccessDenied";
        }
        String region = authorization.replaceAll(".*Credential=[^/]+/\\d{8}/([^/]+)/s3/aws4_request.*", "$1");
        String expected = new SignatureV4(accessKey, secretKey, region).authorization(request.getMethod(),
                request.getRequestURI(), request.getHeader("Host"), payload, date);
        return MessageDigest.isEqual(expected.getBytes(), authorization.getBytes()) ? null : "SignatureDoesNotMatch";
    }

    private Path object(String bucket, String key) {
        String name = key.startsWith("/") ? key.substring(1) : key;
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]") || !name.matches("[A-Za-z0-9._/-]{1,512}") || name.contains("..")) {
            return null;
        }
        Path object = root.resolve(bucket).resolve(name).normalize();
        return object.startsWith(root.resolve(bucket)) ? object : null;
    }

    private static void error(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/xml");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>"
                + message + "</Message></Error>");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
