package vn.motcua.platform.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Uploaded files, outside the database rows, named by the SHA-256 of their content ({@code ab/cd/abcd…} under
 * {@code motcua.files.directory}, {@code data/files} by default; on a shared disk when several instances run).
 * A file is streamed to a temporary file while hashed and checked, then moved into place: the same content is kept
 * once, and a file in place is never half-written. Every read checks the hash: a file changed on disk is refused.
 */
@Component
public class ContentStore {

    private static final int BUFFER = 1 << 16;

    private final Path root;

    public ContentStore(@Value("${motcua.files.directory:data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Stores what the stream gives, up to {@code maxBytes}: refused when empty, larger, or not a PDF, JPEG or PNG by
     * its first bytes ({@code file.empty}, {@code file.tooLarge}, {@code file.type}).
     */
    public StoredContent put(InputStream in, long maxBytes) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temporary = Files.createTempFile(root.resolve("tmp"), "upload", ".part");
            try {
                MessageDigest sha = sha256();
                byte[] head = new byte[FileType.HEAD];
                int headLength = 0;
                long size = 0;
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    byte[] buffer = new byte[BUFFER];
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        if (headLength < head.length) {
                            int n = Math.min(read, head.length - headLength);
                            System.arraycopy(buffer, 0, head, headLength, n);
                            headLength += n;
                        }
                        size += read;
                        if (size > maxBytes) {
                            throw new InvalidValueException("file.tooLarge", "The file is larger than " + maxBytes + " bytes");
                        }
                        sha.update(buffer, 0, read);
                        out.write(buffer, 0, read);
                    }
                }
                if (size == 0) {
                    throw new InvalidValueException("file.empty", "The file is empty");
                }
                FileType type = FileType.of(head, headLength)
                        .orElseThrow(() -> new InvalidValueException("file.type", "The file is not a PDF, JPEG or PNG"));
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = path(hash);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    try {
                        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException sameContentMeanwhile) {
                        // another upload of the same content was placed first: the same bytes
                    }
                }
                return new StoredContent(hash, size, type);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        }
    }

    /** The content, checked against its hash as it is read (a mismatch fails the last read). */
    public InputStream open(String sha256) {
        Path file = path(sha256);
        try {
            MessageDigest sha = sha256();
            return new FilterInputStream(Files.newInputStream(file)) {
                private boolean checked;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) sha.update((byte) b);
                    else check();
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) sha.update(buffer, offset, n);
                    else if (n < 0) check();
                    return n;
                }

                private void check() throws IOException {
                    if (!checked && !HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                        throw new IOException("stored file " + sha256 + " does not match its hash");
                    }
                    checked = true;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + sha256 + " cannot be read", e);
        }
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** Where the store keeps its files (backups copy it). */
    public Path root() {
        return root;
    }

    private Path path(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
