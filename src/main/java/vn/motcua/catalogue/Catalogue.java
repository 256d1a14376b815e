package vn.motcua.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.catalogue.domain.Procedure;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.persistence.ProcedureRepository;
import vn.motcua.organization.domain.AgencyCode;

/** The catalogue of procedures as other modules and the public pages use it. */
@Service
public class Catalogue {

    private final ProcedureRepository procedures;
    private final Clock clock;

    Catalogue(ProcedureRepository procedures, Clock clock) {
        this.procedures = procedures;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
    }

    /** The versions in force today that match the query. */
    public ProcedurePage search(CatalogueQuery query) {
        return procedures.search(query, today());
    }

    public Optional<Procedure> find(ProcedureCode code) {
        return procedures.find(code);
    }

    /** The version a dossier received on the day is handled under. */
    public Optional<ProcedureVersion> versionOn(ProcedureCode code, LocalDate day) {
        return procedures.find(code).flatMap(p -> p.versionOn(day));
    }

    public List<String> fields() {
        return procedures.fields();
    }

    /** The office offers every procedure of its level that is in force today. */
    @Transactional
    public int offerAllOfLevel(AgencyCode office, AdministrativeLevel level) {
        List<ProcedureCode> codes = procedures.codesAt(level, today());
        codes.forEach(code -> procedures.offer(office, code, null));
        return codes.size();
    }
}
