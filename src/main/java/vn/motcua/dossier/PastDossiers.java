package vn.motcua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.organization.domain.AgencyCode;

/** The dossiers an office received in a past period (the simulator replays them), read a month at a time. */
@Service
public class PastDossiers {

    /** At most this many dossiers are read for one period. */
    public static final int LIMIT = 60_000;

    private final DossierRepository repository;

    PastDossiers(DossierRepository repository) {
        this.repository = repository;
    }

    public List<DossierData> received(AgencyCode office, LocalDate from, LocalDate to) {
        var dossiers = new ArrayList<DossierData>();
        for (LocalDate start = from; !start.isAfter(to) && dossiers.size() < LIMIT; start = start.plusMonths(1).withDayOfMonth(1)) {
            LocalDate end = start.plusMonths(1).withDayOfMonth(1).minusDays(1);
            dossiers.addAll(repository.received(office, null, start, end.isAfter(to) ? to : end));
        }
        return dossiers.size() > LIMIT ? List.copyOf(dossiers.subList(0, LIMIT)) : dossiers;
    }
}
