package vn.motcua.signatures;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The RFC 3161 client: asks the configured timestamp authority ({@code motcua.signing.tsa-url}) for a token over a
 * signature's value (SHA-256, a nonce, the authority's certificate included) and checks the answer matches the
 * request. An address starting with {@code /} is this installation's own (the demo's authority). Without an address,
 * or when the authority does not answer, signatures are made without a timestamp (PAdES B-B) and that is logged.
 */
@Component
class Timestamps {

    private static final Logger LOG = LoggerFactory.getLogger(Timestamps.class);

    private final String url;
    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();

    Timestamps(@Value("${motcua.signing.tsa-url:}") String url, Environment environment) {
        this.url = url == null ? "" : url.strip();
        this.environment = environment;
    }

    boolean configured() {
        return !url.isEmpty();
    }

    /** A token over the signature value, or empty when no authority is configured or it did not answer well. */
    Optional<TimeStampToken> over(byte[] signatureValue) {
        if (!configured()) {
            return Optional.empty();
        }
        try {
            var generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            var request = generator.generate(TSPAlgorithms.SHA256, MessageDigest.getInstance("SHA-256").digest(signatureValue),
                    new BigInteger(63, random));
            var answer = http.send(HttpRequest.newBuilder(URI.create(address())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                LOG.warn("The timestamp authority {} answered {}: signing without a timestamp", address(), answer.statusCode());
                return Optional.empty();
            }
            var response = new TimeStampResponse(answer.body());
            response.validate(request);
            return Optional.ofNullable(response.getTimeStampToken());
        } catch (IOException | TSPException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.warn("No timestamp from {}: signing without one ({})", address(), e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private String address() {
        return url.startsWith("/") ? "http://localhost:" + environment.getProperty("local.server.port", "8080") + url : url;
    }
}
