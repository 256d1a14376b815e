package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Holder;
import vn.motcua.dossier.domain.StepTimeliness;
import vn.motcua.dossier.persistence.DossierRepository;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * What a citizen may see of a dossier without signing in. Without a second factor: status, procedure, office and
 * dates. With the last 4 digits of the applicant's phone or ID number: also the steps (officer names only where
 * the office allows it), the supplement requests with their items, and any new appointment with its reason.
 * Never an ID number, phone, address or full name: the applicant's name is masked ("Nguyễn V** A**").
 */
@Service
public class PublicDossiers {

    /** One step of the dossier as the citizen sees it. */
    public record Step(String step, String to, LocalDateTime at, StepTimeliness timeliness, String officer) {
    }

    /** A supplement request: when, and what was missing. */
    public record Supplement(LocalDateTime at, List<String> items) {
    }

    /** The details shown after the second factor. */
    public record Details(List<Step> steps, List<Supplement> supplements, List<String> missingNow) {
    }

    public record View(String code, String status, String procedureCode, String procedureName, String officeCode,
            String applicant, LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime rescheduledDueAt,
            String rescheduleReason, LocalDateTime finishedAt, LocalDateTime returnedAt, boolean sameDay,
            Details details) {
    }

    private final DossierRepository repository;
    private final OfficeDossierSettings settings;
    private final ControlSheetWording wording;

    PublicDossiers(DossierRepository repository, OfficeDossierSettings settings, ControlSheetWording wording) {
        this.repository = repository;
        this.settings = settings;
        this.wording = wording;
    }

    /** The public view of the dossier; with details only when {@code detailed}. */
    public Optional<View> find(DossierCode code, boolean detailed) {
        return repository.find(code).map(d -> view(d, detailed));
    }

    /**
     * The detailed view, when the 4 digits end the applicant's phone number or personal ID number (or the
     * representative's ID number); empty otherwise. One read of the dossier.
     */
    public Optional<View> verified(DossierCode code, String lastFour) {
        if (lastFour == null || !lastFour.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        String digits = lastFour.strip();
        return repository.find(code).filter(d -> endsWith(d.applicant().phone(), digits)
                || d.applicant().idNumber() != null && endsWith(d.applicant().idNumber().value(), digits)
                || d.representative() != null && d.representative().idNumber() != null
                        && endsWith(d.representative().idNumber().value(), digits))
                .map(d -> view(d, true));
    }

    /** The most dossiers listed for one person. */
    public static final int MAX_OF_PERSON = 200;

    /** The person's dossiers, as applicant or representative, newest first: the citizen's "Hồ sơ của tôi". */
    public List<View> ofPerson(PersonalIdNumber person) {
        return repository.naming(person.value(), MAX_OF_PERSON).stream().filter(d -> names(d, person))
                .map(d -> view(d, false)).toList();
    }

    /** The detailed view for the person the dossier names (applicant or representative); empty for anyone else. */
    public Optional<View> forPerson(DossierCode code, PersonalIdNumber person) {
        return repository.find(code).filter(d -> names(d, person)).map(d -> view(d, true));
    }

    /** The dossier itself for the person it names, for their slips; empty for anyone else. */
    public Optional<DossierData> ofPerson(DossierCode code, PersonalIdNumber person) {
        return repository.find(code).filter(d -> names(d, person));
    }

    private static boolean names(DossierData d, PersonalIdNumber person) {
        return person.equals(d.applicant().idNumber())
                || d.representative() != null && person.equals(d.representative().idNumber());
    }

    private static boolean endsWith(String value, String digits) {
        return value != null && value.replaceAll("\\D", "").endsWith(digits);
    }

    private View view(DossierData d, boolean detailed) {
        Details details = null;
        if (detailed) {
            boolean names = settings.own(d.office()).map(OfficeDossierSettings.Own::publicOfficerNames).orElse(false);
            // The reception itself comes first, so that a dossier not yet transferred shows where it is.
            var steps = new java.util.ArrayList<Step>();
            steps.add(new Step(wording.reception(), wording.holder(Holder.of(Holder.Kind.DESK)), d.receivedAt(), null,
                    names ? d.receivedBy() : null));
            d.controlSheet().forEach(h -> steps.add(new Step(wording.stage(h.step()), wording.holder(h.to()), h.at(),
                    h.timeliness(), names ? h.from() : null)));
            var supplements = repository.transitions(d.code()).stream()
                    .filter(t -> t.action() == Action.REQUEST_SUPPLEMENT)
                    .map(t -> new Supplement(t.at(), t.note() == null ? List.of() : List.of(t.note().split(";\\s*")))).toList();
            details = new Details(steps, supplements, d.missingItems());
        }
        return new View(d.code().value(), d.status().name(), d.procedure().code(), d.procedure().name(), d.office().value(),
                d.applicant().maskedName(), d.receivedAt(), d.clock().dueAt(), d.clock().rescheduledDueAt(),
                d.clock().rescheduledDueAt() == null ? null : d.apologyReason(), d.finishedAt(), d.returnedAt(),
                d.under(ServiceModelKind.NO_APPOINTMENT_DAY), details);
    }
}
