package vn.motcua.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.platform.domain.InvalidValueException;

/** The content store: files named by their hash, known by their bytes, kept once, checked on every read. */
class ContentStoreTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "255216255224, JPEG", "137080078071013010026010, PNG", "037080068070045049, PDF",
            "060115099114, none", "080075003004, none", "037080, none"})
    void a_file_is_known_by_its_first_bytes(String decimalTriplets, String type) {
        byte[] head = new byte[decimalTriplets.length() / 3];
        for (int i = 0; i < head.length; i++) {
            head[i] = (byte) Integer.parseInt(decimalTriplets.substring(3 * i, 3 * i + 3));
        }
        assertThat(FileType.of(head, head.length).map(Enum::name).orElse("none")).isEqualTo(type);
    }

    @Test
    void the_same_content_is_kept_once_under_its_hash_and_read_back() throws IOException {
        var store = new ContentStore(root);
        byte[] pdf = "%PDF-1.7 giấy khai sinh".getBytes(StandardCharsets.UTF_8);
        var first = store.put(new ByteArrayInputStream(pdf), 1000);
        var second = store.put(new ByteArrayInputStream(pdf), 1000);
        assertThat(second).isEqualTo(first);
        assertThat(first.type()).isEqualTo(FileType.PDF);
        try (InputStream in = store.open(first.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).count()).isOne();
        }
    }

    @Test
    void a_file_changed_on_disk_is_refused_when_read() throws IOException {
        var store = new ContentStore(root);
        var stored = store.put(new ByteArrayInputStream("%PDF-1.7 original".getBytes(StandardCharsets.US_ASCII)), 1000);
        Path file = root.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256().substring(2, 4)).resolve(stored.sha256());
        Files.writeString(file, "%PDF-1.7 changed!");
        assertThatThrownBy(() -> {
            try (InputStream in = store.open(stored.sha256())) {
                in.readAllBytes();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("does not match its hash");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"empty, '', file.empty", "too large, %PDF-1.7 0123456789, file.tooLarge", "a script, <script>, file.type"})
    void what_is_not_a_paper_is_refused_and_nothing_is_left(String what, String content, String code) throws IOException {
        var store = new ContentStore(root);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)), 12))
                .isInstanceOf(InvalidValueException.class).extracting("code").isEqualTo(code);
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).count()).isZero();
        }
    }
}
