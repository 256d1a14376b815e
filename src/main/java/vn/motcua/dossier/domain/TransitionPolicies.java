package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import vn.motcua.calendar.domain.OfficeCalendar;

/**
 * The rules that decide whether an action may be taken on a dossier, each a named policy giving its refusal. The
 * dossier applies them when it takes a command, and the same policies say which actions a screen offers
 * ({@link Dossier#allowedActions}), so that nothing is offered and then refused for a rule that could be known.
 */
final class TransitionPolicies {

    private TransitionPolicies() {
    }

    static Optional<Decision.Refused> statusAllows(Action action, DossierData d) {
        return action.allowedFrom(d.status()) ? Optional.empty() : refused(TransitionRefusal.WRONG_STATUS,
                action + " is not possible while the dossier is " + d.status());
    }

    static Optional<Decision.Refused> dutyHeld(Action action, Officer by) {
        return by.has(action.duty()) ? Optional.empty()
                : refused(TransitionRefusal.MISSING_DUTY, action + " needs the duty " + action.duty());
    }

    /** The officer works at the office that received the dossier or at the competent agency it was routed to. */
    static Optional<Decision.Refused> worksWhereTheDossierIs(DossierData d, Officer by) {
        return by.office().equals(d.office()) || by.office().equals(d.competentOffice()) ? Optional.empty()
                : refused(TransitionRefusal.OTHER_OFFICE, "The dossier is neither received nor handled at " + by.office());
    }

    static Optional<Decision.Refused> aNextStepRemains(DossierData d) {
        return d.step() + 1 >= d.procedure().steps().size()
                ? refused(TransitionRefusal.NO_NEXT_STEP, "Every internal step is done") : Optional.empty();
    }

    static Optional<Decision.Refused> everyStepDone(DossierData d) {
        return d.step() < d.procedure().steps().size() - 2
                ? refused(TransitionRefusal.STEPS_REMAIN, "Internal steps remain before approval") : Optional.empty();
    }

    static Optional<Decision.Refused> noConsultationOpen(DossierData d) {
        return d.consultations().stream().anyMatch(Consultation::isOpen)
                ? refused(TransitionRefusal.CONSULTATION_OPEN, "A consultation is still open") : Optional.empty();
    }

    /** A supplement is asked for within the office's window after reception. */
    static Optional<Decision.Refused> withinTheSupplementWindow(DossierData d, LocalDateTime at, OfficeCalendar calendar,
            DossierRules rules) {
        DossierRules applying = rules.forProcedure(d.procedure());
        return at.isAfter(applying.supplementDeadline(calendar, d.receivedAt()))
                ? refused(TransitionRefusal.SUPPLEMENT_WINDOW_CLOSED,
                        "A supplement is requested within " + applying.supplementWindowDays() + " working days of reception")
                : Optional.empty();
    }

    /** An apology is given once, while the clock runs, at the latest one working day before the due date. */
    static Optional<Decision.Refused> anApologyStillPossible(DossierData d, LocalDateTime at, OfficeCalendar calendar) {
        return d.clock().refusalToRescheduleAt(calendar, at)
                .flatMap(refusal -> refused(TransitionRefusal.RESCHEDULE_REFUSED, refusal.name()));
    }

    /**
     * The open consultations the officer may answer: none unless the status allows answers and the officer holds the
     * duty; then those addressed to their office, or outside MotCua and theirs.
     */
    static List<Consultation> answerableBy(DossierData d, Officer by) {
        if (statusAllows(Action.CONSULTATION_ANSWERED, d).or(() -> dutyHeld(Action.CONSULTATION_ANSWERED, by)).isPresent()) {
            return List.of();
        }
        boolean handles = worksWhereTheDossierIs(d, by).isEmpty();
        return d.consultations().stream()
                .filter(c -> c.isOpen() && (c.agencyCode() == null ? handles : c.isAddressedTo(by.office()))).toList();
    }

    /** The policies an action must pass before its arguments are known, in the order they are told. */
    static Optional<Decision.Refused> refusalOf(Action action, DossierData d, ActionContext c) {
        Officer by = c.officer();
        var general = statusAllows(action, d).or(() -> dutyHeld(action, by));
        if (action == Action.CONSULTATION_ANSWERED) {
            return general.or(() -> answerableBy(d, by).isEmpty()
                    ? refused(TransitionRefusal.NO_SUCH_CONSULTATION, "No consultation the officer may answer is open")
                    : Optional.empty());
        }
        var here = general.or(() -> worksWhereTheDossierIs(d, by));
        return switch (action) {
            case HAND_OVER -> here.or(() -> aNextStepRemains(d));
            case SUBMIT_FOR_APPROVAL -> here.or(() -> everyStepDone(d)).or(() -> noConsultationOpen(d));
            case REQUEST_SUPPLEMENT -> here.or(() -> withinTheSupplementWindow(d, c.at(), c.calendar(), c.rules()));
            case APOLOGISE -> here.or(() -> anApologyStillPossible(d, c.at(), c.calendar()));
            default -> here;
        };
    }

    private static Optional<Decision.Refused> refused(TransitionRefusal reason, String detail) {
        return Optional.of(new Decision.Refused(reason, detail));
    }
}
