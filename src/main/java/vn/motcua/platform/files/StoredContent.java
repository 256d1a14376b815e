package vn.motcua.platform.files;

import java.util.Objects;

/** A file in the content store: its SHA-256 (its name there), its size and its type. */
public record StoredContent(String sha256, long size, FileType type) {

    public StoredContent {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        Objects.requireNonNull(type, "type");
        if (size <= 0) {
            throw new IllegalArgumentException("size");
        }
    }
}
