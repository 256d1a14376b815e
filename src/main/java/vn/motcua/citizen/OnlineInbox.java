package vn.motcua.citizen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.citizen.domain.CitizenAccount;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.citizen.domain.SubmittedPaper;
import vn.motcua.citizen.persistence.OnlineSubmissionRows;
import vn.motcua.dossier.AcceptRequest;
import vn.motcua.dossier.CounterSlip;
import vn.motcua.dossier.CounterSlips;
import vn.motcua.dossier.DossierAccessDeniedException;
import vn.motcua.dossier.ReceptionDesk;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.Duty;
import vn.motcua.dossier.domain.ReceivedDocument;
import vn.motcua.dossier.domain.Scan;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.files.ContentStore;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/**
 * The desk's online inbox: the office's dossiers sent online and waiting for their completeness check, received
 * first first, with the working time left to check each; and the check's three outcomes, through the counter's own
 * commands: accept (the dossier is written with the code issued at submission and the time it counted as received;
 * its form 01 and notice reach the citizen), ask for a supplement (form 02), or refuse (form 03). Each locks the
 * submission, so that two officers never decide one twice.
 */
@Service
public class OnlineInbox {

    public static final int MAX_LISTED = 500;

    /** A waiting dossier as the inbox lists it; {@code minutesLeft} negative when its check is overdue. */
    public record Waiting(OnlineSubmission submission, long minutesLeft) {
        public boolean overdue() {
            return minutesLeft < 0;
        }
    }

    private final OnlineSubmissionRows rows;
    private final CitizenAccounts accounts;
    private final ReceptionDesk desk;
    private final CounterSlips slips;
    private final ContentStore store;
    private final OnlineTimes times;
    private final SubmissionNotices notices;
    private final AuditTrail audit;
    private final Clock clock;

    OnlineInbox(OnlineSubmissionRows rows, CitizenAccounts accounts, ReceptionDesk desk, CounterSlips slips,
            ContentStore store, OnlineTimes times, SubmissionNotices notices, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.desk = desk;
        this.slips = slips;
        this.store = store;
        this.times = times;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Waiting> waiting(OfficeMember member) {
        requireReception(member);
        var office = AgencyCode.of(member.officeCode());
        return rows.waiting(member.officeCode(), MAX_LISTED).stream()
                .map(s -> new Waiting(s, times.workingMinutesLeft(office, clock.instant(), s.checkDueAt()))).toList();
    }

    public int countWaiting(OfficeMember member) {
        return member.holds(Duty.RECEPTION.name()) ? rows.countWaiting(member.officeCode()) : 0;
    }

    /** A dossier sent to the member's office (any state after its first submission). */
    public Waiting find(OfficeMember member, UUID id) {
        requireReception(member);
        var s = rows.findAtOffice(id, member.officeCode()).orElseThrow(() -> new NotFoundException("No online dossier " + id));
        long left = s.status() == OnlineSubmission.Status.WAITING
                ? times.workingMinutesLeft(AgencyCode.of(s.office()), clock.instant(), s.checkDueAt()) : 0;
        return new Waiting(s, left);
    }

    /** A file of a dossier sent to the member's office, read from the content store (checked against its hash). */
    public InputStream paper(OfficeMember member, UUID id, int position) {
        var papers = find(member, id).submission().papers();
        if (position < 0 || position >= papers.size()) {
            throw new NotFoundException("No file " + position);
        }
        return store.open(papers.get(position).sha256());
    }

    @Transactional
    public DossierCode accept(OfficeMember member, UUID id) {
        requireReception(member);
        var s = locked(member, id);
        var accepted = s.accepted(member.getUsername(), clock.instant());
        var code = DossierCode.of(s.dossierCode());
        desk.acceptSubmitted(request(s), member, code, s.receivedAt());
        save(accepted, null);
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), s.office(), "online.accepted",
                "online-submission:" + id, "dossier " + code + " received " + s.receivedAt()));
        return code;
    }

    @Transactional
    public long requestSupplement(OfficeMember member, UUID id, List<String> items) {
        return answer(member, id, CounterSlip.Kind.SUPPLEMENT_REQUEST, items);
    }

    @Transactional
    public long refuse(OfficeMember member, UUID id, List<String> reasons) {
        return answer(member, id, CounterSlip.Kind.REFUSAL, reasons);
    }

    /** Form 02 (the items to add) or form 03 (the reasons), issued by the counter's command with the dossier's code. */
    private long answer(OfficeMember member, UUID id, CounterSlip.Kind kind, List<String> said) {
        requireReception(member);
        var s = locked(member, id);
        boolean refusal = kind == CounterSlip.Kind.REFUSAL;
        var answered = refusal ? s.refused(member.getUsername(), clock.instant(), said)
                : s.supplementRequested(member.getUsername(), clock.instant(), said);
        CounterSlip slip = slips.issue(kind, ProcedureCode.of(s.procedure()), applicant(s), answered.answer(), member,
                DossierCode.of(s.dossierCode()));
        save(answered, slip.id());
        if (refusal) {
            notices.refused(answered);
        } else {
            notices.supplementRequested(answered);
        }
        return slip.id();
    }

    private OnlineSubmission locked(OfficeMember member, UUID id) {
        return rows.lockAtOffice(id, member.officeCode()).orElseThrow(() -> new NotFoundException("No online dossier " + id));
    }

    private void save(OnlineSubmission s, Long slipId) {
        if (!rows.update(s, clock.instant(), null, slipId)) {
            throw new InvalidValueException("submission.changed", "The dossier was changed meanwhile; reload it");
        }
    }

    /** The counter's acceptance request of the dossier: the applicant is the signed-in citizen, as the provider said. */
    private AcceptRequest request(OnlineSubmission s) {
        var documents = new LinkedHashMap<String, Integer>();
        s.papers().forEach(p -> documents.merge(p.paper(), 1, Integer::sum));
        var received = documents.entrySet().stream()
                .map(e -> new ReceivedDocument(e.getKey(), 1, null, null)).toList();
        var scans = new ArrayList<Scan>();
        for (SubmittedPaper p : s.papers()) {
            scans.add(Scan.of(p.fileName(), read(p)).forPaper(p.paper()));
        }
        return new AcceptRequest(AgencyCode.of(s.office()), ProcedureCode.of(s.procedure()), Channel.ONLINE, applicant(s),
                null, received, s.declaration(), false, scans);
    }

    private Applicant applicant(OnlineSubmission s) {
        CitizenAccount account = accounts.find(s.owner()).orElseThrow();
        var identity = account.identity();
        return new Applicant(Applicant.Kind.INDIVIDUAL, identity.fullName(), identity.idNumber(), null,
                s.contact().address(), s.contact().phone(), s.contact().email());
    }

    private byte[] read(SubmittedPaper paper) {
        try (InputStream in = store.open(paper.sha256()); var out = new ByteArrayOutputStream((int) paper.size())) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireReception(OfficeMember member) {
        if (!member.holds(Duty.RECEPTION.name())) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not receive dossiers");
        }
    }
}
