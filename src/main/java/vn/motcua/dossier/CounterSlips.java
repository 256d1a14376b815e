package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.Duty;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.dossier.persistence.CounterSlipRows;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;

/** Forms 02 and 03 issued at the counter: recorded, audited, and printable later by the same office. */
@Service
public class CounterSlips {

    private final CounterSlipRows rows;
    private final Catalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    CounterSlips(CounterSlipRows rows, Catalogue catalogue, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues form 02 (every missing item) or form 03 (the reasons); at least one item is needed. */
    @Transactional
    public CounterSlip issue(CounterSlip.Kind kind, ProcedureCode procedure, Applicant applicant, List<String> items,
            OfficeMember member) {
        return issue(kind, procedure, applicant, items, member, null);
    }

    /**
     * Issues form 02 or 03 for a dossier submitted online, which has its code already (joins the caller's
     * transaction, so the slip and the submission's change go together).
     */
    @Transactional
    public CounterSlip issue(CounterSlip.Kind kind, ProcedureCode procedure, Applicant applicant, List<String> items,
            OfficeMember member, DossierCode dossierCode) {
        if (!member.holds(Duty.RECEPTION.name())) {
            throw new DossierAccessDeniedException(member.getUsername() + " does not work at the counter");
        }
        List<String> listed = items == null ? List.of()
                : items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        if (listed.isEmpty()) {
            throw new InvalidValueException(kind == CounterSlip.Kind.REFUSAL ? "slip.reasons" : "slip.items",
                    "List every missing item or reason");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(WorkingCalendars.ZONE));
        ProcedureVersion version = catalogue.versionOn(procedure, now.toLocalDate())
                .orElseThrow(() -> new InvalidValueException("procedure.unknown", "No procedure " + procedure));
        String code = dossierCode == null ? null : dossierCode.value();
        long id = rows.insert(member.officeCode(), kind.name(), procedure.value(), version.name(), applicant, listed,
                member.getUsername(), now, code);
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(),
                kind == CounterSlip.Kind.REFUSAL ? "counter.refused" : "counter.supplementRequested", "counter-slip:" + id,
                (code == null ? "" : "dossier " + code + ", ") + procedure + ": " + String.join("; ", listed)));
        return new CounterSlip(id, AgencyCode.of(member.officeCode()), kind, procedure.value(), version.name(), applicant,
                listed, member.getUsername(), now, code);
    }

    /** The slip, for staff of the office that issued it. */
    public CounterSlip find(long id, OfficeMember member) {
        return rows.find(id, member.officeCode()).map(CounterSlips::slip)
                .orElseThrow(() -> new NotFoundException("No slip " + id));
    }

    /** Form 02 or 03 of an online dossier, for the citizen it was issued to. */
    public Optional<CounterSlip> findForPerson(long id, PersonalIdNumber person) {
        return rows.findForPerson(id, person.value()).map(CounterSlips::slip);
    }

    private static CounterSlip slip(CounterSlipRows.Row r) {
        return new CounterSlip(r.id(), AgencyCode.of(r.office()), CounterSlip.Kind.valueOf(r.kind()), r.procedureCode(),
                r.procedureName(), r.applicant(), r.items(), r.officer(), r.issuedAt(), r.dossierCode());
    }

}
