package vn.motcua.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.catalogue.domain.Procedure;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.persistence.ProcedureRepository;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.database.SharedCaches;
import vn.motcua.platform.domain.Remembered;

/** The catalogue of procedures as other modules and the public pages use it. */
@Service
public class Catalogue {

    /** How long a procedure or an offering read from the database is reused. */
    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(10);

    private final ProcedureRepository procedures;
    private final Remembered<ProcedureCode, Optional<Procedure>> recent;
    private final Remembered<String, Optional<Offering>> recentOfferings;
    private final Offices offices;
    private final AuditTrail audit;
    private final Clock clock;
    private final CatalogueSynonyms synonyms;
    private final org.springframework.beans.factory.ObjectProvider<ProcedureDemand> demand;

    private final SharedCaches shared;
    private static final String CACHE = "catalogue";

    Catalogue(ProcedureRepository procedures, Offices offices, AuditTrail audit, Clock clock, CatalogueSynonyms synonyms,
            org.springframework.beans.factory.ObjectProvider<ProcedureDemand> demand, SharedCaches shared) {
        this.shared = shared;
        this.synonyms = synonyms;
        this.demand = demand;
        this.procedures = procedures;
        this.offices = offices;
        this.audit = audit;
        this.clock = clock;
        this.recent = new Remembered<>(REMEMBERED);
        this.recentOfferings = new Remembered<>(REMEMBERED);
        shared.register(CACHE, everything -> {
            recent.forgetAll();
            recentOfferings.forgetAll();
        });
    }

    /**
     * Whether the member may change the catalogue itself (import, edit procedures): the administrators of
     * a top-level body, as the province publishes the catalogue its offices work from.
     */
    public boolean mayEdit(OfficeMember member) {
        return member.isAdmin()
                && offices.find(AgencyCode.of(member.officeCode())).filter(a -> a.parent().isEmpty()).isPresent();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
    }

    /** The versions in force today that match the query, its phrases read as people mean them ({@link CatalogueSynonyms}). */
    public ProcedurePage search(CatalogueQuery query) {
        return procedures.search(understood(query), today());
    }

    /** The query as the search reads it: "giấy khai sinh" as "khai sinh". */
    public CatalogueQuery understood(CatalogueQuery query) {
        return query.text().isEmpty() ? query
                : new CatalogueQuery(synonyms.current().expand(query.text()), query.field(), query.office(), query.page(), query.size());
    }

    /** For a search that found nothing: the procedures matching most of its words. */
    public List<ProcedureSummary> suggestions(CatalogueQuery query, int limit) {
        return procedures.suggest(understood(query).words(), query.office(), today(), limit);
    }

    /** The procedures citizens ask for most (the last twelve months' dossiers), when the reporting module can say. */
    public List<ProcedureSummary> mostRequested(int limit) {
        ProcedureDemand counted = demand.getIfAvailable();
        return counted == null ? List.of() : procedures.summaries(counted.mostRequested(limit), today());
    }

    public Optional<Procedure> find(ProcedureCode code) {
        return procedures.find(code);
    }

    /**
     * The version a dossier received on the day is handled under. Procedures are read at every acceptance, so
     * they are remembered for a few seconds (forgotten at once when this instance changes the catalogue).
     */
    public Optional<ProcedureVersion> versionOn(ProcedureCode code, LocalDate day) {
        return recently(code).flatMap(p -> p.versionOn(day));
    }

    private Optional<Procedure> recently(ProcedureCode code) {
        return recent.get(code, procedures::find);
    }

    /** Forgets what was remembered of the catalogue, after a change: on every instance when the change commits. */
    public void forget() {
        shared.changed(CACHE, SharedCaches.EVERYTHING);
    }

    public List<String> fields() {
        return procedures.fields();
    }

    /**
     * Saves a new version of a procedure (or replaces the one starting the same day). Versions start today
     * or later: a dossier already received keeps the version it was received under.
     */
    @Transactional
    public void saveVersion(ProcedureVersion version, OfficeMember actor) {
        if (!mayEdit(actor)) {
            throw new AccessDeniedException(actor.getUsername() + " may not change the catalogue");
        }
        if (version.effectiveFrom().isBefore(today())) {
            throw new InvalidValueException("procedure.effectiveFrom.past", "A new version cannot start in the past");
        }
        boolean known = procedures.find(version.code()).isPresent();
        procedures.save(version);
        forget();
        audit.record(new AuditEntry(clock.instant(), actor.getUsername(), actor.officeCode(),
                known ? "catalogue.procedure.changed" : "catalogue.procedure.added", "procedure:" + version.code(),
                "version effective " + version.effectiveFrom() + ": " + version.name() + ", legal time "
                        + version.legalTime() + ", target " + version.serviceTarget()));
    }

    /** How the office offers the procedure: empty when it does not; the competent agency when named. */
    public Optional<Offering> offering(AgencyCode office, ProcedureCode code) {
        return recentOfferings.get(office.value() + " " + code.value(),
                key -> procedures.offering(office, code).map(Offering::new));
    }

    /** The offices that receive the procedure (online too when its version in force has the online channel). */
    public List<AgencyCode> officesOffering(ProcedureCode code) {
        return procedures.officesOffering(code);
    }

    /** Whether the office receives the procedure, and which agency is competent to decide it there. */
    public record Offering(String competentAgency) {
    }

    /** An office's administrator says whether the office receives the procedure and who decides it. */
    @Transactional
    public void setOffering(AgencyCode office, ProcedureCode code, boolean offered, String competentAgency,
            OfficeMember actor) {
        if (!actor.isAdmin() || !actor.officeCode().equals(office.value())) {
            throw new AccessDeniedException(actor.getUsername() + " may not change what " + office + " offers");
        }
        String agency = competentAgency == null || competentAgency.isBlank() ? null : competentAgency.strip();
        if (agency != null && agency.length() > 200) {
            throw new InvalidValueException("procedure.competentAgency.tooLong", "At most 200 characters");
        }
        if (offered) {
            procedures.offer(office, code, agency);
        } else {
            procedures.withdraw(office, code);
        }
        forget();
        audit.record(new AuditEntry(clock.instant(), actor.getUsername(), office.value(), "catalogue.offering.changed",
                "procedure:" + code, offered ? "offered; competent agency " + agency : "no longer offered"));
    }

    /** The office offers every procedure of its level that is in force today. */
    @Transactional
    public int offerAllOfLevel(AgencyCode office, AdministrativeLevel level) {
        List<ProcedureCode> codes = procedures.codesAt(level, today());
        codes.forEach(code -> procedures.offer(office, code, null));
        forget();
        return codes.size();
    }
}
