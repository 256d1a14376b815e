package vn.motcua.results;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.dossier.DossierAccessDeniedException;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PaperDigitisation;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.files.ContentStore;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.results.persistence.CopyRows;
import vn.motcua.signatures.ElectronicCopies;

/**
 * Electronic copies certified from the original (Decree 45/2020 Art. 10): the receiving desk makes one from a scan it
 * digitised (checked against the original), signed with the office's seal and kept in the content store; the
 * applicant's store receives it. Read by the staff of the dossier's offices.
 */
@Service
public class CertifiedCopies {

    /** At most this many copies of one dossier. */
    static final int MAX_PER_DOSSIER = 50;

    private final Dossiers dossiers;
    private final PaperDigitisation digitisation;
    private final ElectronicCopies copies;
    private final Offices offices;
    private final CopyRows rows;
    private final ContentStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;

    CertifiedCopies(Dossiers dossiers, PaperDigitisation digitisation, ElectronicCopies copies, Offices offices, CopyRows rows,
            ContentStore store, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.digitisation = digitisation;
        this.copies = copies;
        this.offices = offices;
        this.rows = rows;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    public List<CopyRows.Copy> ofDossier(DossierCode code, OfficeMember member) {
        dossiers.find(code, member);
        return rows.ofDossier(code.value());
    }

    /** Certifies an electronic copy of the dossier's digitised scan; refused for a scan not checked against its original. */
    public CopyRows.Copy certify(DossierCode code, UUID scanId, OfficeMember member) {
        var d = dossiers.find(code, member);
        if (!digitisation.mayConfirm(d, member)) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not certify copies for " + d.office());
        }
        var info = dossiers.scans(code, member).stream().filter(s -> s[0].equals(scanId.toString())).findFirst()
                .orElseThrow(() -> new NotFoundException("No scan " + scanId));
        if (info[7] == null) {
            throw new InvalidValueException("copy.notDigitised", "Only a scan checked against the original is copied");
        }
        if (rows.ofDossier(code.value()).size() >= MAX_PER_DOSSIER) {
            throw new InvalidValueException("copy.tooMany", "At most 50 copies a dossier");
        }
        var scan = dossiers.scan(code, scanId, member);
        String paper = scan.paper() == null ? scan.fileName() : scan.paper();
        String officeName = offices.find(AgencyCode.of(d.office().value())).map(a -> a.name()).orElse(d.office().value());
        byte[] pdf = copies.certify(scan.content(), scan.contentType(), d.office().value(), officeName, code.value(),
                "Bản sao điện tử: " + paper);
        var stored = store.put(new ByteArrayInputStream(pdf), 20L * 1024 * 1024);
        var copy = new CopyRows.Copy(UUID.randomUUID(), code.value(), d.office().value(), scanId, paper, stored.sha256(),
                stored.size(), member.getUsername(), clock.instant());
        writing.executeWithoutResult(status -> {
            rows.insert(copy);
            audit.record(new AuditEntry(copy.madeAt(), member.getUsername(), member.officeCode(), "result.copyCertified",
                    "dossier:" + code, paper + " (" + info[7] + ")"));
            var applicant = d.applicant().idNumber();
            if (applicant != null) {
                events.publishEvent(new CertifiedCopyIssued(code.value(), applicant.value(), paper,
                        "ban-sao-" + info[7] + ".pdf", stored.size(), stored.sha256()));
            }
        });
        return copy;
    }

    /** A certified copy's file, for the staff of the dossier's offices. */
    public InputStream file(DossierCode code, UUID id, OfficeMember member) {
        dossiers.find(code, member);
        var copy = rows.find(id).filter(c -> c.dossierCode().equals(code.value()))
                .orElseThrow(() -> new NotFoundException("No copy " + id));
        return store.open(copy.sha256());
    }
}
