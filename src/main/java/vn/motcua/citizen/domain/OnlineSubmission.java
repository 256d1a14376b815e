package vn.motcua.citizen.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A dossier a citizen submits online, from the draft to the desk's completeness check. The citizen edits it while it
 * is a draft or a supplement is requested; submitted, it has its dossier code and waits for the desk, which accepts it,
 * asks for a supplement (the citizen adds what is asked and submits again: the receipt time restarts) or refuses it.
 * Each command returns the submission as it becomes, or refuses with a reason.
 *
 * @param round how many times it was submitted (0 while a first draft)
 * @param receivedAt when it counts as received on the office's calendar (the start of the next working session
 *        after a submission outside working time)
 * @param checkDueAt when the desk must have checked it
 * @param answer the supplement items asked for, or the reasons of a refusal
 */
public record OnlineSubmission(UUID id, UUID owner, String office, String procedure, String procedureName, Status status,
        Map<String, String> declaration, SubmissionContact contact, List<SubmittedPaper> papers, String dossierCode,
        int round, Instant submittedAt, LocalDateTime receivedAt, LocalDateTime checkDueAt, List<String> answer,
        String decidedBy, Instant decidedAt, int version) {

    public enum Status {
        DRAFT, WAITING, SUPPLEMENT_REQUESTED, ACCEPTED, REFUSED;

        public boolean editableByCitizen() {
            return this == DRAFT || this == SUPPLEMENT_REQUESTED;
        }
    }

    public static final int MAX_FILES = 30;
    public static final int MAX_FILES_PER_PAPER = 10;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    public static final int MAX_DECLARATION_FIELDS = 60;
    public static final int MAX_VALUE = 2000;
    public static final int MAX_ANSWER_ITEMS = 30;
    public static final int MAX_ANSWER_ITEM = 500;

    public OnlineSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        declaration = Map.copyOf(declaration);
        contact = contact == null ? SubmissionContact.NONE : contact;
        papers = List.copyOf(papers);
        answer = List.copyOf(answer);
    }

    /** A new draft, its declaration prefilled from the identity (the fields the form takes from the applicant). */
    public static OnlineSubmission draft(UUID id, UUID owner, String office, String procedure, String procedureName,
            Map<String, String> prefilled) {
        return new OnlineSubmission(id, owner, office, procedure, procedureName, Status.DRAFT, declaration(prefilled),
                SubmissionContact.NONE, List.of(), null, 0, null, null, null, List.of(), null, null, 0);
    }

    /** The draft's (or the supplement's) declaration and contact as typed; checked only for size until it is sent. */
    public OnlineSubmission edited(Map<String, String> values, SubmissionContact newContact) {
        requireEditable();
        return with(status, declaration(values), newContact, papers);
    }

    /** Adds a file as a paper of the checklist (or "other papers"). */
    public OnlineSubmission withPaper(String paper, CitizenDocument document, boolean reused, SubmissionChecklist checklist) {
        requireEditable();
        if (!checklist.knows(paper)) {
            throw new SubmissionRefusedException("submission.paperUnknown", "Not a paper of this procedure: " + paper);
        }
        if (papers.size() >= MAX_FILES) {
            throw new SubmissionRefusedException("submission.tooManyFiles", "At most " + MAX_FILES + " files");
        }
        if (papers.stream().mapToLong(SubmittedPaper::size).sum() + document.size() > MAX_TOTAL_BYTES) {
            throw new SubmissionRefusedException("submission.tooLarge", "At most 50 MB of files in one dossier");
        }
        if (papers.stream().filter(p -> p.paper().equals(paper)).count() >= MAX_FILES_PER_PAPER) {
            throw new SubmissionRefusedException("submission.tooManyPages", "At most " + MAX_FILES_PER_PAPER + " files a paper");
        }
        if (papers.stream().anyMatch(p -> p.paper().equals(paper) && p.sha256().equals(document.sha256()))) {
            throw new SubmissionRefusedException("submission.sameFile", "This file is already given for this paper");
        }
        var more = new ArrayList<>(papers);
        more.add(SubmittedPaper.of(paper, document, Math.max(round, 0) + 1, reused));
        return with(status, declaration, contact, more);
    }

    /** Takes a file out; after a supplement request, only a file added since. */
    public OnlineSubmission withoutPaper(int position) {
        requireEditable();
        if (position < 0 || position >= papers.size()) {
            throw new SubmissionRefusedException("submission.paperNotFound", "No such file in this dossier");
        }
        if (papers.get(position).round() <= round) {
            throw new SubmissionRefusedException("submission.paperSubmitted", "A file already submitted stays");
        }
        var fewer = new ArrayList<>(papers);
        fewer.remove(position);
        return with(status, declaration, contact, fewer);
    }

    /**
     * Sends the draft, or the answer to a supplement request: refused with every problem when incomplete. The code is
     * the one issued at the first submission; the receipt time is this submission's, on the office's calendar.
     */
    public OnlineSubmission submit(SubmissionChecklist checklist, String code, Instant at, LocalDateTime received,
            LocalDateTime checkDue) {
        checkSendable(checklist);
        String kept = dossierCode != null ? dossierCode : Objects.requireNonNull(code, "code");
        return new OnlineSubmission(id, owner, office, procedure, procedureName, Status.WAITING,
                checklist.normalised(declaration), contact, papers, kept, round + 1, at, received, checkDue, answer, null,
                null, version);
    }

    /** Refuses, with every problem at once, a submission that may not be sent as it is. */
    public void checkSendable(SubmissionChecklist checklist) {
        requireEditable();
        var problems = checklist.problems(declaration, papers, contact);
        if (!problems.isEmpty()) {
            throw new SubmissionIncompleteException(problems);
        }
    }

    /** The desk accepts it: the dossier is written with its code and receipt time. */
    public OnlineSubmission accepted(String officer, Instant at) {
        requireWaiting();
        return decided(Status.ACCEPTED, List.of(), officer, at);
    }

    /** The desk asks for a supplement (form 02), listing every item. */
    public OnlineSubmission supplementRequested(String officer, Instant at, List<String> items) {
        requireWaiting();
        return decided(Status.SUPPLEMENT_REQUESTED, answer(items, "submission.itemsRequired"), officer, at);
    }

    /** The desk refuses it (form 03), with the reasons. */
    public OnlineSubmission refused(String officer, Instant at, List<String> reasons) {
        requireWaiting();
        return decided(Status.REFUSED, answer(reasons, "submission.reasonsRequired"), officer, at);
    }

    private OnlineSubmission decided(Status next, List<String> said, String officer, Instant at) {
        return new OnlineSubmission(id, owner, office, procedure, procedureName, next, declaration, contact, papers,
                dossierCode, round, submittedAt, receivedAt, checkDueAt, said, officer, at, version);
    }

    private OnlineSubmission with(Status next, Map<String, String> values, SubmissionContact newContact,
            List<SubmittedPaper> files) {
        return new OnlineSubmission(id, owner, office, procedure, procedureName, next, values, newContact, files,
                dossierCode, round, submittedAt, receivedAt, checkDueAt, answer, decidedBy, decidedAt, version);
    }

    private void requireEditable() {
        if (!status.editableByCitizen()) {
            throw new SubmissionRefusedException("submission.notEditable", "This dossier is with the desk");
        }
    }

    private void requireWaiting() {
        if (status != Status.WAITING) {
            throw new SubmissionRefusedException("submission.notWaiting", "This dossier is not waiting for its check");
        }
    }

    private static List<String> answer(List<String> items, String missingCode) {
        List<String> listed = items == null ? List.of()
                : items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (listed.isEmpty()) {
            throw new SubmissionRefusedException(missingCode, "List every item or reason");
        }
        if (listed.size() > MAX_ANSWER_ITEMS || listed.stream().anyMatch(i -> i.length() > MAX_ANSWER_ITEM)) {
            throw new SubmissionRefusedException("submission.answerTooLong",
                    "At most " + MAX_ANSWER_ITEMS + " items of " + MAX_ANSWER_ITEM + " characters");
        }
        return listed;
    }

    private static Map<String, String> declaration(Map<String, String> values) {
        var kept = new LinkedHashMap<String, String>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (key != null && value != null && !value.isBlank()) {
                    kept.put(key, value.strip());
                }
            });
        }
        if (kept.size() > MAX_DECLARATION_FIELDS || kept.entrySet().stream()
                .anyMatch(e -> e.getKey().length() > 40 || e.getValue().length() > MAX_VALUE)) {
            throw new SubmissionRefusedException("submission.declarationTooLong", "The form's values are too long");
        }
        return kept;
    }
}
