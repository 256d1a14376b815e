package vn.motcua.platform.files;

import java.util.Optional;

/** The kinds of paper a citizen or an officer may upload, known by their first bytes, never by their names. */
public enum FileType {
    PDF("application/pdf", "pdf", 0x25, 0x50, 0x44, 0x46),
    JPEG("image/jpeg", "jpg", 0xFF, 0xD8, 0xFF),
    PNG("image/png", "png", 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);

    /** Bytes enough to tell every type. */
    public static final int HEAD = 8;

    private final String contentType;
    private final String extension;
    private final int[] signature;

    FileType(String contentType, String extension, int... signature) {
        this.contentType = contentType;
        this.extension = extension;
        this.signature = signature;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type the first bytes show, if any of these. */
    public static Optional<FileType> of(byte[] head, int length) {
        for (FileType type : values()) {
            if (length >= type.signature.length && matches(head, type.signature)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<FileType> ofContentType(String contentType) {
        for (FileType type : values()) {
            if (type.contentType.equals(contentType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(byte[] head, int[] signature) {
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
