package vn.motcua.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.dossier.DossierAccessDeniedException;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.files.ContentStore;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.results.domain.ResultDocument;
import vn.motcua.results.domain.ResultEntry;
import vn.motcua.results.persistence.ResultRows;
import vn.motcua.signatures.PdfSeals;

/**
 * The results register: the result documents of a dossier recorded once the result is signed (approved, at the desk
 * or returned), each with its file in the content store and its number in the office's register of the year; read by
 * the staff of the dossier's offices; an electronic result is published as {@link ResultIssued} for the citizen's store.
 */
@Service
public class ResultRegister {

    /** The statuses in which a dossier has a signed result to record. */
    static final Set<DossierStatus> SIGNED = EnumSet.of(DossierStatus.APPROVED, DossierStatus.RESULT_READY, DossierStatus.RETURNED);
    /** The longest page of the register. */
    public static final int PAGE = 500;

    private final PdfSeals seals;
    private final Offices offices;
    private final Dossiers dossiers;
    private final PublicDossiers publicDossiers;
    private final Catalogue catalogue;
    private final ResultRows rows;
    private final ContentStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;

    ResultRegister(PdfSeals seals, Offices offices, Dossiers dossiers, PublicDossiers publicDossiers, Catalogue catalogue, ResultRows rows, ContentStore store, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.seals = seals;
        this.offices = offices;
        this.dossiers = dossiers;
        this.publicDossiers = publicDossiers;
        this.catalogue = catalogue;
        this.rows = rows;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** The kinds of result the dossier's procedure issues (empty when its version names none). */
    public List<String> kinds(DossierData d) {
        return catalogue.versionOn(ProcedureCode.of(d.procedure().code()), d.procedure().effectiveFrom())
                .map(v -> v.results()).orElse(List.of());
    }

    /** Whether the member may record a result of the dossier now (the screen offers the form only then). */
    public boolean mayRecord(DossierData d, OfficeMember member) {
        return (member.holds("RECEPTION") || member.holds("SPECIALIST")) && SIGNED.contains(d.status());
    }

    public List<ResultDocument> ofDossier(DossierCode code, OfficeMember member) {
        dossiers.find(code, member);
        return rows.ofDossier(code.value());
    }

    /**
     * Records a result document of the dossier with its file (PDF, JPEG or PNG by content, at most 10 MB), numbered
     * in the member's office's register of the year; refused for a dossier without a signed result, a member who
     * neither receives nor processes dossiers, and anything the entry's checks refuse.
     */
    public ResultDocument record(DossierCode code, ResultEntry entry, String fileName, InputStream content, OfficeMember member) {
        DossierData d = dossiers.find(code, member);
        if (!member.holds("RECEPTION") && !member.holds("SPECIALIST")) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not record results");
        }
        if (!SIGNED.contains(d.status())) {
            throw new InvalidValueException("result.notSigned", "The dossier has no signed result yet");
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        entry.check(kinds(d), d.receivedAt().toLocalDate(), today);
        var stored = store.put(sealedIfElectronic(content, entry, code, member), 10L * 1024 * 1024);
        String name = fileName == null || fileName.isBlank() ? "ket-qua" : fileName.replaceAll("[\\p{Cntrl}\"/\\\\]", "").strip();
        String kept = name.length() > 255 ? name.substring(name.length() - 255) : name;
        return writing.execute(status -> {
            int sequence = rows.nextSequence(code.value());
            if (sequence > ResultDocument.MAX_PER_DOSSIER) {
                throw new InvalidValueException("result.tooMany", "A dossier has at most 20 result documents");
            }
            var result = new ResultDocument(UUID.randomUUID(), code.value(), member.officeCode(), sequence, today.getYear(),
                    rows.nextRegisterNumber(member.officeCode(), today.getYear()), entry, kept, stored.type().contentType(),
                    stored.size(), stored.sha256(), member.getUsername(), clock.instant());
            rows.insert(result);
            audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "result.recorded",
                    "dossier:" + code, result.code() + " " + entry.kind() + " số " + entry.number() + ", register "
                            + result.registerLabel() + ", " + entry.delivery()));
            var applicant = d.applicant().idNumber();
            if (entry.delivery().electronic() && applicant != null) {
                events.publishEvent(new ResultIssued(code.value(), result.code(), applicant.value(), entry.kind(), kept,
                        result.contentType(), result.size(), result.sha256()));
            }
            return result;
        });
    }

    /** The results issued electronically of a dossier that names the person (applicant or representative); none else. */
    public List<ResultDocument> electronicForPerson(DossierCode code, PersonalIdNumber person) {
        return publicDossiers.ofPerson(code, person).map(d -> rows.ofDossier(code.value()).stream()
                .filter(r -> r.entry().delivery().electronic()).toList()).orElse(List.of());
    }

    /** An electronic result's file for the person the dossier names; empty for anyone else or a paper-only result. */
    public java.util.Optional<Download> fileForPerson(DossierCode code, UUID id, PersonalIdNumber person) {
        return electronicForPerson(code, person).stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> new Download(r, store.open(r.sha256())));
    }

    /**
     * An electronic result in PDF is signed with the office's seal before it is kept (the scan of a paper result, or an
     * image, is kept as it came). Read whole, at most 10 MB, as a signature needs the whole file.
     */
    private InputStream sealedIfElectronic(InputStream content, ResultEntry entry, DossierCode code, OfficeMember member) {
        if (!entry.delivery().electronic()) {
            return content;
        }
        try {
            byte[] bytes = content.readNBytes(10 * 1024 * 1024 + 1);
            if (bytes.length > 10 * 1024 * 1024 || bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                return new ByteArrayInputStream(bytes);
            }
            String office = member.officeCode();
            String name = offices.find(AgencyCode.of(office)).map(a -> a.name()).orElse(office);
            return new ByteArrayInputStream(seals.sign(bytes, office, name, code.value(), entry.kind()));
        } catch (java.io.UncheckedIOException e) {
            throw new InvalidValueException("result.pdf", "The PDF cannot be read to be signed");
        } catch (IOException e) {
            throw new InvalidValueException("file.unreadable", "The upload could not be read");
        }
    }

    /** A result document's file, for the staff of the dossier's offices; each opening audited. */
    public Download file(DossierCode code, UUID id, OfficeMember member) {
        dossiers.find(code, member);
        var result = rows.find(id).filter(r -> r.dossierCode().equals(code.value()))
                .orElseThrow(() -> new NotFoundException("No result " + id));
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "result.opened",
                "dossier:" + code, result.code()));
        return new Download(result, store.open(result.sha256()));
    }

    /** The member's office's register of the year, by number, from {@code from} (a page of at most {@link #PAGE}). */
    public List<ResultDocument> register(OfficeMember member, int year, int from) {
        if (year < 2000 || year > 2100) {
            throw new InvalidValueException("result.year", "A year between 2000 and 2100");
        }
        return rows.register(member.officeCode(), year, Math.max(1, from), PAGE);
    }

    /** Of the dossiers whose results the offices recorded in a period: how many, and how many went back electronically. */
    public record Figures(long withResult, long electronic) {
    }

    /** The e-result figures of [from, to] in office days (indicator 4.1 of the "766" formula document). */
    public Figures figures(List<String> offices, LocalDate from, LocalDate to) {
        long[] f = rows.figures(offices, from.atStartOfDay(WorkingCalendars.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(WorkingCalendars.ZONE).toInstant());
        return new Figures(f[0], f[1]);
    }

    /** A result's file, to be read once. */
    public record Download(ResultDocument result, InputStream content) {
    }
}
