package vn.motcua.dossier.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A digitised document (số hóa) attached at reception: PDF, JPEG or PNG as its bytes say, whatever its name,
 * at most 10 MB; {@code paper} names the paper of the procedure's checklist it digitises, when the officer said.
 */
public record Scan(String fileName, String contentType, byte[] content, String paper) {

    public static final int MAX_PAPER = 500;

    public Scan {
        paper = Text.optional(paper, MAX_PAPER, "scan.paper");
    }

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Checks the bytes and names their type; refuses anything that is not a PDF, JPEG or PNG. */
    public static Scan of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException("scan.empty", "The scan is empty: " + fileName);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValueException("scan.tooLarge", "A scan is at most 10 MB: " + fileName);
        }
        String type = startsWith(content, 0x25, 0x50, 0x44, 0x46) ? "application/pdf"
                : startsWith(content, 0xFF, 0xD8, 0xFF) ? "image/jpeg"
                : startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A) ? "image/png" : null;
        if (type == null) {
            throw new InvalidValueException("scan.type", "A scan is a PDF, JPEG or PNG file: " + fileName);
        }
        String name = fileName == null || fileName.isBlank() ? "scan" : fileName.strip();
        return new Scan(name.length() > 255 ? name.substring(0, 255) : name, type, content, null);
    }

    /** The same scan, as the digitised copy of the named paper. */
    public Scan forPaper(String checklistPaper) {
        return new Scan(fileName, contentType, content, checklistPaper);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
