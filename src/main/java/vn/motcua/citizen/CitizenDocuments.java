package vn.motcua.citizen;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.citizen.domain.CitizenDocument;
import vn.motcua.citizen.persistence.CitizenDocumentRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.files.ContentStore;
import vn.motcua.platform.files.StoredContent;

/**
 * A citizen's document store ("Kho giấy tờ"): papers uploaded (checked by their content, at most 10 MB, at most 200
 * kept), listed, downloaded and deleted by their owner only. The bytes go to the content store before the row is
 * written, so a row always has its file.
 */
@Service
public class CitizenDocuments {

    private final CitizenDocumentRows rows;
    private final ContentStore store;
    private final AuditTrail audit;
    private final Clock clock;

    CitizenDocuments(CitizenDocumentRows rows, ContentStore store, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores an upload of the citizen's; refuses bad kinds and files with an {@link InvalidValueException}. */
    @Transactional
    public CitizenDocument upload(UUID owner, String kind, String fileName, InputStream content) {
        String checkedKind = CitizenDocument.kind(kind);
        return keep(owner, checkedKind, receive(fileName, content)).orElseThrow(() -> new InvalidValueException(
                "document.full", "At most " + CitizenDocument.MAX_PER_CITIZEN + " papers are kept"));
    }

    /**
     * Receives a file for the citizen's store without a transaction: checked by its content and placed in the content
     * store, or refused ({@code file.*}); {@link #keep} then lists it.
     */
    public Received receive(String fileName, InputStream content) {
        return new Received(CitizenDocument.fileName(fileName), store.put(content, CitizenDocument.MAX_BYTES));
    }

    /** A file received, not yet listed in anyone's store. */
    public record Received(String fileName, StoredContent stored) {
    }

    /** Lists a received file in the citizen's store as the paper of that kind; empty when the store is full. */
    @Transactional
    public Optional<CitizenDocument> keep(UUID owner, String kind, Received received) {
        var stored = received.stored();
        var document = new CitizenDocument(UUID.randomUUID(), CitizenDocument.kind(kind), received.fileName(),
                stored.type().contentType(), stored.size(), CitizenDocument.Origin.UPLOADED, clock.instant(), stored.sha256());
        if (!rows.add(owner, document, CitizenDocument.MAX_PER_CITIZEN)) {
            return Optional.empty();
        }
        audit.record(new AuditEntry(clock.instant(), "citizen:" + owner, null, "citizen.document.uploaded",
                "citizen-document:" + document.id(), document.contentType() + ", " + document.size() + " bytes"));
        return Optional.of(document);
    }

    /**
     * Keeps a paper digitised at the counter for the citizen (in the acceptance's transaction); skipped when their
     * store is full. Its kind is the checklist paper it digitises, or its file name.
     */
    public void keepCounterScan(UUID owner, String dossierCode, String paper, String fileName, byte[] content) {
        var stored = store.put(new ByteArrayInputStream(content), CitizenDocument.MAX_BYTES);
        var document = new CitizenDocument(UUID.randomUUID(), paper == null ? fileName : paper, fileName,
                stored.type().contentType(), stored.size(), CitizenDocument.Origin.COUNTER_SCAN, clock.instant(),
                stored.sha256());
        if (rows.add(owner, document, CitizenDocument.MAX_PER_CITIZEN)) {
            audit.record(new AuditEntry(clock.instant(), "system", null, "citizen.document.counter-scan",
                    "citizen-document:" + document.id(), "dossier " + dossierCode));
        }
    }

    /**
     * Keeps a result issued electronically to the citizen (in the recording's transaction); its file is in the content
     * store already. Skipped when their store is full. Not deletable by the citizen.
     */
    public void keepIssuedResult(UUID owner, String resultCode, String kind, String fileName, String contentType, long size,
            String sha256) {
        keepIssued(owner, resultCode, kind, fileName, contentType, size, sha256, CitizenDocument.Origin.ISSUED_RESULT);
    }

    /** Keeps an electronic copy a desk certified from the citizen's original (not deletable by them). */
    public void keepCertifiedCopy(UUID owner, String dossierCode, String paper, String fileName, long size, String sha256) {
        keepIssued(owner, dossierCode, "Bản sao điện tử: " + paper, fileName, "application/pdf", size, sha256,
                CitizenDocument.Origin.CERTIFIED_COPY);
    }

    private void keepIssued(UUID owner, String resultCode, String kind, String fileName, String contentType, long size,
            String sha256, CitizenDocument.Origin origin) {
        var document = new CitizenDocument(UUID.randomUUID(), CitizenDocument.kind(kind.length() > CitizenDocument.MAX_KIND
                ? kind.substring(0, CitizenDocument.MAX_KIND) : kind), fileName, contentType, size, origin, clock.instant(), sha256);
        if (rows.add(owner, document, CitizenDocument.MAX_PER_CITIZEN)) {
            audit.record(new AuditEntry(clock.instant(), "system", null, origin == CitizenDocument.Origin.ISSUED_RESULT
                    ? "citizen.document.issued-result" : "citizen.document.certified-copy",
                    "citizen-document:" + document.id(), resultCode));
        }
    }

    /** Marks the owner's copies of a paper a desk digitised (in the digitisation's transaction). */
    public void markDigitised(UUID owner, String sha256, String code, Instant at) {
        if (rows.markDigitised(owner, sha256, code, at) > 0) {
            audit.record(new AuditEntry(at, "system", null, "citizen.document.digitised", "citizen-account:" + owner, code));
        }
    }

    public List<CitizenDocument> kept(UUID owner) {
        return rows.kept(owner);
    }

    /** The owner's paper; empty for anyone else's or a deleted one. */
    public Optional<CitizenDocument> find(UUID owner, UUID id) {
        return rows.find(owner, id);
    }

    /** The owner's paper with its content; empty for anyone else's or a deleted one. */
    public Optional<Download> download(UUID owner, UUID id) {
        return rows.find(owner, id).map(document -> new Download(document, store.open(document.sha256())));
    }

    /** Deletes the citizen's own upload; issued results and counter scans stay. */
    @Transactional
    public void delete(UUID owner, UUID id) {
        var document = rows.find(owner, id)
                .orElseThrow(() -> new InvalidValueException("document.notFound", "No such paper in your store"));
        if (!document.deletableByCitizen()) {
            throw new InvalidValueException("document.notDeletable", "Issued results and counter scans are kept");
        }
        rows.markDeleted(owner, id, clock.instant());
        audit.record(new AuditEntry(clock.instant(), "citizen:" + owner, null, "citizen.document.deleted",
                "citizen-document:" + id, null));
    }

    /** A paper and its content, to be read once. */
    public record Download(CitizenDocument document, InputStream content) {
    }
}
