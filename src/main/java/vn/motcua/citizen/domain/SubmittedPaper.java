package vn.motcua.citizen.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A file of an online submission: which paper of the checklist it is, the file of the citizen's store it came from
 * (uploaded for this submission or reused), and the round of submission it was added in (1 the first, 2 after the
 * first supplement request, …), so that the desk sees what a supplement brought.
 */
public record SubmittedPaper(String paper, UUID documentId, String fileName, String contentType, long size, String sha256,
        int round, boolean reused) {

    public SubmittedPaper {
        paper = CitizenDocument.kind(paper);
        Objects.requireNonNull(documentId, "documentId");
        fileName = CitizenDocument.fileName(fileName);
        Objects.requireNonNull(contentType, "contentType");
        if (size <= 0 || sha256 == null || !sha256.matches("[0-9a-f]{64}") || round < 1) {
            throw new IllegalArgumentException("A submitted paper is a stored, non-empty file of a round");
        }
    }

    /** The same file as a paper of this submission's round. */
    public static SubmittedPaper of(String paper, CitizenDocument document, int round, boolean reused) {
        return new SubmittedPaper(paper, document.id(), document.fileName(), document.contentType(), document.size(),
                document.sha256(), round, reused);
    }
}
