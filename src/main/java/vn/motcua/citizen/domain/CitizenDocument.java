package vn.motcua.citizen.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A paper in a citizen's document store: what kind of paper it is (as the procedures' checklists name papers), the
 * file, when it came and where from. Only the citizen's own uploads may be deleted by them.
 */
public record CitizenDocument(UUID id, String kind, String fileName, String contentType, long size, Origin origin,
        Instant addedAt, String sha256, String digitisationCode) {

    public static final int MAX_KIND = 500;
    public static final int MAX_FILE_NAME = 255;
    /** The most papers kept for one citizen. */
    public static final int MAX_PER_CITIZEN = 200;
    /** The largest file, as for scans at the counter. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Where a paper came from. */
    public enum Origin {
        UPLOADED, ISSUED_RESULT, COUNTER_SCAN, CERTIFIED_COPY
    }

    public CitizenDocument {
        Objects.requireNonNull(id, "id");
        kind = kind(kind);
        fileName = fileName(fileName);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** A paper not (yet) digitised by a desk. */
    public CitizenDocument(UUID id, String kind, String fileName, String contentType, long size, Origin origin,
            Instant addedAt, String sha256) {
        this(id, kind, fileName, contentType, size, origin, addedAt, sha256, null);
    }

    /** Whether a desk checked this paper's file against the original (số hóa): reusable as digitised data. */
    public boolean digitised() {
        return digitisationCode != null;
    }

    public boolean deletableByCitizen() {
        return origin == Origin.UPLOADED;
    }

    /** The kind as typed: required, at most 500 characters, no control characters. */
    public static String kind(String kind) {
        String value = kind == null ? "" : kind.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            throw new InvalidValueException("document.kind.required", "Say what paper this is");
        }
        if (value.length() > MAX_KIND || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("document.kind.invalid", "A paper's kind is at most 500 plain characters");
        }
        return value;
    }

    /** A file name kept for display and download: the last path part, plain characters, at most 255. */
    public static String fileName(String name) {
        String value = name == null ? "" : name.replace('\\', '/');
        value = value.substring(value.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (value.isEmpty()) {
            value = "giay-to";
        }
        return value.length() > MAX_FILE_NAME ? value.substring(value.length() - MAX_FILE_NAME) : value;
    }
}
