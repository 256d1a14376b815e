package vn.motcua.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.ReceivedDocument;
import vn.motcua.dossier.persistence.DigitisationRows;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/**
 * Digitisation of received papers (số hóa, Circular 01/2023/TT-VPCP Art. 7): the desk of the receiving office confirms
 * that a scan was checked against the original; the scan gets its digitisation result code ({@code <dossier>-SH<n>}),
 * who and when are kept and audited, the citizen's copy becomes reusable digitised data, and a dossier whose every
 * paper handed in is digitised is counted for the office's share.
 */
@Service
public class PaperDigitisation {

    private final Dossiers dossiers;
    private final DossierRepository repository;
    private final DigitisationRows rows;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;

    PaperDigitisation(Dossiers dossiers, DossierRepository repository, DigitisationRows rows, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.repository = repository;
        this.rows = rows;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** Whether the member confirms digitisation on this dossier: the desk of the office that received it. */
    public boolean mayConfirm(DossierData d, OfficeMember member) {
        return member.holds("RECEPTION") && member.officeCode().equals(d.office().value());
    }

    /** Confirms the scan checked against its original; returns its digitisation code. */
    public String confirm(DossierCode code, UUID scanId, OfficeMember member) {
        DossierData d = dossiers.find(code, member);
        if (!mayConfirm(d, member)) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not digitise papers of " + d.office());
        }
        var scan = repository.scan(code, scanId).orElseThrow(() -> new NotFoundException("No scan " + scanId));
        return writing.execute(status -> {
            var now = clock.instant();
            if (!rows.confirm(code.value(), scanId, member.getUsername(), now)) {
                throw new InvalidValueException("scan.alreadyDigitised", "The scan was digitised already");
            }
            String digitisation = rows.codeOf(scanId);
            audit.record(new AuditEntry(now, member.getUsername(), member.officeCode(), "dossier.digitised",
                    "dossier:" + code, digitisation + " " + (scan.paper() == null ? scan.fileName() : scan.paper())));
            if (everyPaperDigitised(d)) {
                rows.completed(code.value(), d.office().value(), d.receivedAt().toLocalDate(), now);
            }
            var applicant = d.applicant().idNumber();
            if (applicant != null) {
                events.publishEvent(new PaperDigitised(code.value(), applicant.value(), scan.paper(), sha256(scan.content()),
                        digitisation, now));
            }
            return digitisation;
        });
    }

    /** The papers handed in (not only shown) and how many of them are digitised. */
    public int[] papers(DossierData d) {
        var handed = handedIn(d);
        var digitised = rows.digitisedPapers(d.code().value());
        return new int[] {(int) handed.stream().filter(digitised::contains).count(), handed.size()};
    }

    private boolean everyPaperDigitised(DossierData d) {
        var handed = handedIn(d);
        return !handed.isEmpty() && rows.digitisedPapers(d.code().value()).containsAll(handed);
    }

    private static List<String> handedIn(DossierData d) {
        return d.documents().stream().filter(doc -> doc.copies() > 0).map(ReceivedDocument::name).distinct().toList();
    }

    /** How many dossiers the offices received in [from, to] have every paper handed in digitised. */
    public long allDigitised(List<String> offices, LocalDate from, LocalDate to) {
        return rows.completedCount(offices, from, to);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
