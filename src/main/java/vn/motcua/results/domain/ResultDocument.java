package vn.motcua.results.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A result document as the register keeps it: its entry, its place in the dossier ({@code sequence}, 1 for the first)
 * and in the office's register of the year, the stored file, and who recorded it when.
 */
public record ResultDocument(UUID id, String dossierCode, String office, int sequence, int registerYear, int registerNumber,
        ResultEntry entry, String fileName, String contentType, long size, String sha256, String recordedBy,
        Instant recordedAt) {

    /** The most result documents of one dossier. */
    public static final int MAX_PER_DOSSIER = 20;

    public ResultDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entry, "entry");
        if (sequence < 1 || registerNumber < 1) {
            throw new IllegalArgumentException("sequence and register number start at 1");
        }
    }

    /** The code of the electronic result, as the national portal names it: {@code <dossier code>-KQ<n>}. */
    public String code() {
        return dossierCode + "-KQ" + sequence;
    }

    /** The register's number as it is printed: {@code 15/2026}. */
    public String registerLabel() {
        return registerNumber + "/" + registerYear;
    }
}
