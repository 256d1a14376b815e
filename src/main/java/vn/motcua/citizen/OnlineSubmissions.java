package vn.motcua.citizen;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.citizen.domain.CitizenAccount;
import vn.motcua.citizen.domain.CitizenDocument;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.citizen.domain.SubmissionChecklist;
import vn.motcua.citizen.domain.SubmissionContact;
import vn.motcua.citizen.domain.SubmissionRefusedException;
import vn.motcua.citizen.persistence.OnlineSubmissionRows;
import vn.motcua.dossier.ReceptionDesk;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The citizen's side of an online dossier: a draft started for a procedure at an office that receives it online,
 * filled in (the e-form prefilled from the identity), its papers uploaded into the citizen's store or picked from it,
 * and sent. Sent, it gets its dossier code and counts as received at the start of the next working session of the
 * office's calendar; the citizen is told on screen and by e-mail or SMS.
 */
@Service
public class OnlineSubmissions {

    /** The most drafts a citizen keeps at once. */
    public static final int MAX_DRAFTS = 20;

    private final OnlineSubmissionRows rows;
    private final CitizenAccounts accounts;
    private final CitizenDocuments documents;
    private final Catalogue catalogue;
    private final Offices offices;
    private final ReceptionDesk desk;
    private final OnlineTimes times;
    private final SubmissionNotices notices;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;

    OnlineSubmissions(OnlineSubmissionRows rows, CitizenAccounts accounts, CitizenDocuments documents, Catalogue catalogue,
            Offices offices, ReceptionDesk desk, OnlineTimes times, SubmissionNotices notices, AuditTrail audit,
            Clock clock, PlatformTransactionManager transactions) {
        this.writing = new TransactionTemplate(transactions);
        this.rows = rows;
        this.accounts = accounts;
        this.documents = documents;
        this.catalogue = catalogue;
        this.offices = offices;
        this.desk = desk;
        this.times = times;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** The procedure version in force, if it may be submitted online. */
    public Optional<ProcedureVersion> onlineVersion(ProcedureCode procedure) {
        return catalogue.versionOn(procedure, today()).filter(v -> v.channels().contains(Channel.ONLINE));
    }

    /** The offices that receive the procedure online. */
    public List<Agency> offices(ProcedureCode procedure) {
        if (onlineVersion(procedure).isEmpty()) {
            return List.of();
        }
        return catalogue.officesOffering(procedure).stream().map(offices::find).flatMap(Optional::stream).toList();
    }

    /** What the procedure's online dossier contains, from its version in force. */
    public SubmissionChecklist checklist(ProcedureVersion version) {
        return new SubmissionChecklist(version.form(), version.documents());
    }

    /** Starts a draft of the procedure at the office, its form prefilled from the citizen's identity. */
    @Transactional
    public OnlineSubmission start(UUID owner, ProcedureCode procedure, AgencyCode office) {
        ProcedureVersion version = onlineVersion(procedure)
                .orElseThrow(() -> new InvalidValueException("submission.notOnline", procedure + " is not offered online"));
        if (catalogue.offering(office, procedure).isEmpty()) {
            throw new InvalidValueException("submission.officeNotOffering", office + " does not receive " + procedure);
        }
        if (rows.drafts(owner) >= MAX_DRAFTS) {
            throw new InvalidValueException("submission.tooManyDrafts", "At most " + MAX_DRAFTS + " drafts");
        }
        CitizenAccount account = account(owner);
        var draft = OnlineSubmission.draft(UUID.randomUUID(), owner, office.value(), procedure.value(), version.name(),
                prefilled(version.form(), account));
        rows.insert(draft, clock.instant());
        audit.record(new AuditEntry(clock.instant(), CitizenAccounts.actor(account), office.value(),
                "online.draft.started", "online-submission:" + draft.id(), procedure.value()));
        return draft;
    }

    public List<OnlineSubmission> mine(UUID owner) {
        return rows.ofOwner(owner, 200);
    }

    public Optional<OnlineSubmission> find(UUID owner, UUID id) {
        return rows.find(owner, id);
    }

    /** The slip (form 02 or 03) the desk last issued for the owner's submission, if any. */
    public Optional<Long> slipOf(UUID owner, UUID id) {
        return rows.find(owner, id).flatMap(s -> rows.slip(s.id()));
    }

    /** A file uploaded as the paper at {@code paper} of the checklist's uploadable papers. */
    public record Upload(int paper, String fileName, InputStream content) {
    }

    /**
     * What one press of "save" or "send" brings: the values typed (null to keep them), a file to take out, papers of
     * the store picked (by the paper's index), files uploaded.
     */
    public record Change(Map<String, String> declaration, SubmissionContact contact, Integer remove,
            Map<Integer, UUID> reuses, List<Upload> uploads) {
    }

    /** The submission after a change, and what could not be done, by place ({@code paper.N}, {@code form}). */
    public record Changed(OnlineSubmission submission, Map<String, String> problems) {
    }

    /**
     * Makes the change in one write: the files are received (checked, stored by their content) first, without holding
     * a transaction, then listed in the citizen's store and added; a file or paper refused is said at its place and
     * the rest of the change is kept.
     */
    public Changed change(UUID owner, UUID id, Change change) {
        var submission = mineOrRefuse(owner, id);
        var problems = new java.util.LinkedHashMap<String, String>();
        var received = new java.util.ArrayList<Map.Entry<Integer, CitizenDocuments.Received>>();
        for (Upload upload : change.uploads()) {
            try {
                if (!submission.status().editableByCitizen()) {
                    throw new SubmissionRefusedException("submission.notEditable", "This dossier is with the desk");
                }
                received.add(Map.entry(upload.paper(), documents.receive(upload.fileName(), upload.content())));
            } catch (InvalidValueException e) {
                problems.putIfAbsent("paper." + upload.paper(), e.code());
            }
        }
        var changed = writing.execute(status -> {
            var s = mineOrRefuse(owner, id);
            var checklist = checklistOf(s);
            var papers = checklist.uploadable();
            if (s.status().editableByCitizen() && change.declaration() != null) {
                var values = new java.util.LinkedHashMap<String, String>(change.declaration());
                onlineVersion(ProcedureCode.of(s.procedure())).ifPresent(v -> values.putAll(prefilled(v.form(), account(owner))));
                s = s.edited(values, change.contact() != null ? change.contact() : s.contact());
            }
            if (change.remove() != null) {
                try {
                    s = s.withoutPaper(change.remove());
                } catch (SubmissionRefusedException e) {
                    problems.put("form", e.code());
                }
            }
            for (var reuse : change.reuses().entrySet()) {
                try {
                    var document = documents.find(owner, reuse.getValue())
                            .orElseThrow(() -> new InvalidValueException("document.notFound", "No such paper in your store"));
                    s = s.withPaper(paperAt(papers, reuse.getKey()), document, true, checklist);
                } catch (InvalidValueException e) {
                    problems.putIfAbsent("paper." + reuse.getKey(), e.code());
                }
            }
            for (var file : received) {
                try {
                    String paper = paperAt(papers, file.getKey());
                    s.withPaper(paper, placeholder(file.getValue()), false, checklist);
                    var kept = documents.keep(owner, paper, file.getValue())
                            .orElseThrow(() -> new InvalidValueException("document.full", "The store is full"));
                    s = s.withPaper(paper, kept, false, checklist);
                } catch (InvalidValueException e) {
                    problems.putIfAbsent("paper." + file.getKey(), e.code());
                }
            }
            if (!rows.update(s, clock.instant(), null, null)) {
                throw changed();
            }
            return s;
        });
        return new Changed(rows.find(owner, id).orElse(changed), problems);
    }

    private static String paperAt(List<RequiredDocument> papers, int index) {
        if (index < 0 || index >= papers.size()) {
            throw new SubmissionRefusedException("submission.paperUnknown", "Not a paper of this procedure");
        }
        return papers.get(index).name();
    }

    /** The file as a paper would be, to ask the submission whether it takes it before the store lists it. */
    private static CitizenDocument placeholder(CitizenDocuments.Received received) {
        var stored = received.stored();
        return new CitizenDocument(UUID.randomUUID(), "?", received.fileName(),
                stored.type().contentType(), stored.size(), CitizenDocument.Origin.UPLOADED,
                java.time.Instant.EPOCH, stored.sha256());
    }

    /** Keeps what the citizen typed (checked in full only when sent). */
    @Transactional
    public OnlineSubmission save(UUID owner, UUID id, Map<String, String> declaration, SubmissionContact contact) {
        var submission = mineOrRefuse(owner, id);
        // What the form takes from the identity is the provider's, whatever was sent.
        var values = new java.util.LinkedHashMap<String, String>(declaration == null ? Map.of() : declaration);
        onlineVersion(ProcedureCode.of(submission.procedure()))
                .ifPresent(v -> values.putAll(prefilled(v.form(), account(owner))));
        return write(submission.edited(values, contact));
    }

    /** Uploads a file into the citizen's store as the named paper, and adds it to the dossier. */
    @Transactional
    public OnlineSubmission upload(UUID owner, UUID id, String paper, String fileName, InputStream content) {
        var submission = mineOrRefuse(owner, id);
        var checklist = checklistOf(submission);
        if (!submission.status().editableByCitizen()) {
            throw new SubmissionRefusedException("submission.notEditable", "This dossier is with the desk");
        }
        if (!checklist.knows(paper == null ? "" : paper)) {
            throw new SubmissionRefusedException("submission.paperUnknown", "Not a paper of this procedure");
        }
        var document = documents.upload(owner, paper, fileName, content);
        return write(submission.withPaper(paper, document, false, checklist));
    }

    /** Adds a paper of the citizen's store to the dossier, with one click. */
    @Transactional
    public OnlineSubmission reuse(UUID owner, UUID id, String paper, UUID documentId) {
        var submission = mineOrRefuse(owner, id);
        var document = documents.find(owner, documentId)
                .orElseThrow(() -> new InvalidValueException("document.notFound", "No such paper in your store"));
        return write(submission.withPaper(paper, document, true, checklistOf(submission)));
    }

    @Transactional
    public OnlineSubmission removePaper(UUID owner, UUID id, int position) {
        return write(mineOrRefuse(owner, id).withoutPaper(position));
    }

    /** Deletes a draft never sent. */
    @Transactional
    public void discard(UUID owner, UUID id) {
        if (!rows.deleteDraft(owner, id)) {
            throw new SubmissionRefusedException("submission.notDiscardable", "Only a draft never sent can be deleted");
        }
        audit.record(new AuditEntry(clock.instant(), "citizen:" + owner, null, "online.draft.discarded",
                "online-submission:" + id, null));
    }

    /**
     * Sends the dossier (or its supplement), once per key: a repeated request with the same key gets the dossier it
     * sent. Refused with every problem when incomplete, before any code is issued.
     */
    public OnlineSubmission submit(UUID owner, UUID id, String key) {
        String checkedKey = key == null || key.isBlank() ? null : key.strip();
        if (checkedKey != null && checkedKey.length() > 100) {
            throw new InvalidValueException("idempotencyKey.tooLong", "An idempotency key has at most 100 characters");
        }
        if (checkedKey != null) {
            var earlier = rows.findByKey(owner, checkedKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        var submission = mineOrRefuse(owner, id);
        var checklist = checklistOf(submission);
        var office = AgencyCode.of(submission.office());
        LocalDateTime received = times.receivedAt(office, clock.instant());
        // Checked before a number is taken, so that an incomplete dossier uses none.
        submission.checkSendable(checklist);
        String code = submission.dossierCode() != null ? submission.dossierCode()
                : desk.reserveCode(office, received.toLocalDate()).value();
        var sent = submission.submit(checklist, code, clock.instant(), received, times.checkDue(office, received));
        return writing.execute(status -> {
            if (!rows.update(sent, clock.instant(), checkedKey, null)) {
                throw changed();
            }
            audit.record(new AuditEntry(clock.instant(), "citizen:" + owner, submission.office(),
                    sent.round() == 1 ? "online.submitted" : "online.supplemented", "online-submission:" + id,
                    "dossier " + code + ", received " + received + ", " + sent.papers().size() + " files"));
            notices.submitted(sent);
            return rows.find(owner, id).orElseThrow();
        });
    }

    private OnlineSubmission write(OnlineSubmission changed) {
        if (!rows.update(changed, clock.instant(), null, null)) {
            throw changed();
        }
        return rows.find(changed.owner(), changed.id()).orElseThrow();
    }

    private static SubmissionRefusedException changed() {
        return new SubmissionRefusedException("submission.changed", "The dossier was changed meanwhile; reload it");
    }

    private OnlineSubmission mineOrRefuse(UUID owner, UUID id) {
        return rows.find(owner, id)
                .orElseThrow(() -> new InvalidValueException("submission.notFound", "No such dossier of yours"));
    }

    /** The checklist of the version the submission was started under (the one in force today). */
    SubmissionChecklist checklistOf(OnlineSubmission submission) {
        return catalogue.versionOn(ProcedureCode.of(submission.procedure()), today()).map(this::checklist)
                .orElseThrow(() -> new SubmissionRefusedException("submission.notOnline", "The procedure is no longer in force"));
    }

    private CitizenAccount account(UUID owner) {
        return accounts.find(owner).orElseThrow(() -> new InvalidValueException("citizen.unknown", "No such account"));
    }

    private java.time.LocalDate today() {
        return LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE)).toLocalDate();
    }

    /** Whether the form field is filled from the identity the provider asserts (shown, not typed). */
    public static boolean fromIdentity(FormField field) {
        return field.applicantSource() != null
                && List.of("fullName", "name", "idNumber", "birthDate").contains(field.applicantSource());
    }

    private static Map<String, String> prefilled(List<FormField> form, CitizenAccount account) {
        var values = new java.util.LinkedHashMap<String, String>();
        var identity = account.identity();
        for (FormField field : form) {
            if (!fromIdentity(field)) {
                continue;
            }
            String value = switch (field.applicantSource()) {
                case "fullName", "name" -> identity.fullName();
                case "idNumber" -> identity.idNumber().value();
                case "birthDate" -> identity.birthDate() == null ? null : identity.birthDate().toString();
                default -> null;
            };
            if (value != null) {
                values.put(field.key(), value);
            }
        }
        return values;
    }
}
