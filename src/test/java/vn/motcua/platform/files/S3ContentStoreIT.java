package vn.motcua.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.support.DatabaseTest;

/**
 * The content store on an S3-compatible bucket ({@code motcua.files.store=s3}), against the demo's object store, which
 * checks every request's Signature Version 4 as S3 does: files go in signed with their own hash and come back checked;
 * a wrong secret is refused; an object changed in the bucket is refused on read.
 */
@DatabaseTest
class S3ContentStoreIT {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @TempDir
    Path scratch;

    private ContentStore store(String secret) {
        return new ContentStore(scratch, "s3", "http://localhost:" + port + "/demo-s3", "motcua-files", "ho-so/", "ap-southeast-1",
                "motcua-demo", secret, clock);
    }

    @Test
    void files_go_to_the_bucket_signed_and_come_back_checked() throws IOException {
        var store = store("motcua-demo-secret");
        byte[] pdf = ("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        var stored = store.put(new ByteArrayInputStream(pdf), 1 << 20);
        assertThat(store.contains(stored.sha256())).isTrue();
        try (InputStream in = store.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(store.put(new ByteArrayInputStream(pdf), 1 << 20).sha256()).as("the same content, kept once").isEqualTo(stored.sha256());
        assertThat(store.contains("0".repeat(64))).isFalse();
        Path object = inTheBucket(stored.sha256());
        try (Stream<Path> left = Files.walk(scratch)) {
            assertThat(left.filter(Files::isRegularFile)).as("nothing kept on the local disk").isEmpty();
        }

        Files.writeString(object, "%PDF-1.4 changed in the bucket");
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(stored.sha256())) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("does not match its hash");
    }

    /** The object as the demo's store keeps it (under target/test-demo-s3/<a random directory>/<bucket>/<key>). */
    private static Path inTheBucket(String sha256) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("target/test-demo-s3"))) {
            return files.filter(p -> p.endsWith(Path.of("motcua-files", "ho-so", sha256))).findFirst().orElseThrow();
        }
    }

    @Test
    void a_store_with_the_wrong_secret_is_refused() {
        var store = store("not-the-secret");
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(("%PDF-1.4 " + UUID.randomUUID()).getBytes(
                StandardCharsets.US_ASCII)), 1 << 20)).isInstanceOf(UncheckedIOException.class);
    }
}
