package vn.motcua.dossier;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.OpenDeadlines;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.organization.domain.AgencyCode;

/** The due dates of the dossiers an office received and has not yet finished, for the calendar's preview of an edit. */
@Component
class OpenDossierDeadlines implements OpenDeadlines {

    /** Before the result is ready: afterwards a due date no longer matters. */
    private static final List<DossierStatus> RUNNING = Arrays.stream(DossierStatus.values())
            .filter(s -> !s.isFinal() && s != DossierStatus.RESULT_READY).toList();

    private final DossierRepository repository;

    OpenDossierDeadlines(DossierRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<OpenDeadline> openAt(AgencyCode office, int limit) {
        return repository.receivedAt(office, RUNNING, limit).stream()
                .map(d -> new OpenDeadline(d.code().value(), d.clock().appointment(), d.clock().dueAt(), d.clock().isSuspended()))
                .toList();
    }
}
