package vn.motcua.platform.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Uploaded files, outside the database rows, named by the SHA-256 of their content: under
 * {@code motcua.files.directory} ({@code ab/cd/abcd…}, {@code data/files} by default; on a shared disk when several
 * instances run), or with {@code motcua.files.store=s3} in an S3-compatible bucket ({@code motcua.files.s3.*}).
 * A file is streamed to a temporary file while hashed and checked, then placed whole: the same content is kept
 * once, and a file in place is never half-written. Every read checks the hash: a file changed in the store is refused.
 */
@Component
public class ContentStore {

    private static final int BUFFER = 1 << 16;

    private final Path root;
    private final Placement placement;

    /** The store on a directory only (backups, tests). */
    public ContentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.placement = new DiskPlacement(this.root);
    }

    @Autowired
    public ContentStore(@Value("${motcua.files.directory:data/files}") Path root, @Value("${motcua.files.store:disk}") String kind,
            @Value("${motcua.files.s3.endpoint:}") String endpoint, @Value("${motcua.files.s3.bucket:}") String bucket,
            @Value("${motcua.files.s3.prefix:}") String prefix, @Value("${motcua.files.s3.region:}") String region,
            @Value("${motcua.files.s3.access-key:}") String accessKey, @Value("${motcua.files.s3.secret-key:}") String secretKey,
            Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.placement = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "disk" -> new DiskPlacement(this.root);
            case "s3" -> new S3Placement(URI.create(endpoint), bucket, prefix, new SignatureV4(accessKey, secretKey, region), clock);
            default -> throw new IllegalArgumentException("motcua.files.store is disk or s3, not " + kind);
        };
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
                placement.place(temporary, hash, size);
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
        checked(sha256);
        try {
            MessageDigest sha = sha256();
            return new FilterInputStream(placement.read(sha256)) {
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
        try {
            return placement.has(checked(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("The store cannot be asked for " + sha256, e);
        }
    }

    /** Where the store keeps its files (backups copy it). */
    public Path root() {
        return root;
    }

    private static String checked(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return sha256;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
