package vn.motcua.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Files as objects of an S3-compatible bucket, path-style ({@code <endpoint>/<bucket>/<prefix><sha256>}), each request
 * signed with Signature Version 4; the payload hash of an upload is the file's own SHA-256, which the store checks.
 */
final class S3Placement implements Placement {

    private final URI endpoint;
    private final String bucket;
    private final String prefix;
    private final SignatureV4 signature;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    S3Placement(URI endpoint, String bucket, String prefix, SignatureV4 signature, Clock clock) {
        if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("Not an S3 bucket name: " + bucket);
        }
        this.endpoint = URI.create(endpoint.toString().replaceAll("/+$", ""));
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix.replaceAll("^/+", "");
        this.signature = signature;
        this.clock = clock;
    }

    @Override
    public boolean has(String sha256) throws IOException {
        int status = send(request("HEAD", sha256, SignatureV4.EMPTY_PAYLOAD).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200 && status != 404) {
            throw new IOException("The S3 store answered " + status + " to HEAD " + sha256);
        }
        return status == 200;
    }

    @Override
    public void place(Path temporary, String sha256, long size) throws IOException {
        if (has(sha256)) {
            return;
        }
        var answer = send(request("PUT", sha256, sha256).PUT(HttpRequest.BodyPublishers.ofFile(temporary)),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("The S3 store refused the file " + sha256 + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    @Override
    public InputStream read(String sha256) throws IOException {
        var answer = send(request("GET", sha256, SignatureV4.EMPTY_PAYLOAD).GET(), HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            answer.body().close();
            throw new IOException("The S3 store answered " + answer.statusCode() + " to GET " + sha256);
        }
        return answer.body();
    }

    private HttpRequest.Builder request(String method, String sha256, String payload) {
        String path = endpoint.getRawPath() + "/" + bucket + "/" + prefix + sha256;
        String host = endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        String date = SignatureV4.amzDate(clock.instant());
        return HttpRequest.newBuilder(URI.create(endpoint.getScheme() + "://" + host + path))
                .timeout(Duration.ofMinutes(2))
                .header("x-amz-date", date)
                .header("x-amz-content-sha256", payload)
                .header("Authorization", signature.authorization(method, path, host, payload, date));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return http.send(request.build(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while talking to the S3 store", e);
        }
    }
}
