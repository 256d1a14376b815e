package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.DossierClock;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.RescheduleRefusedException;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.servicemodel.domain.AppliedModel;

/**
 * A dossier from acceptance to return: the aggregate that guards every transition (status, duty, office and
 * the legal rules), says why it refuses one, and writes the control sheet (form 06) itself. Each accepted
 * transition is reported as a {@link Transition} for the audit trail and notifications.
 */
public final class Dossier {

    private DossierData d;
    private final List<Transition> transitions = new ArrayList<>();

    private Dossier(DossierData data) {
        this.d = data;
    }

    public static Dossier restore(DossierData data) {
        return new Dossier(data);
    }

    /** A complete dossier accepted at the desk (form 01): the clock starts on the appointment. */
    public static Dossier accept(Reception r, DossierCode code, Appointment appointment) {
        return accept(r, code, appointment, List.of());
    }

    /** A complete dossier accepted at the desk under the office's service models that applied to it. */
    public static Dossier accept(Reception r, DossierCode code, Appointment appointment,
            List<AppliedModel> models) {
        var intake = new Intake(code, r.office(), r.procedure(), r.applicant(), r.representative(), r.channel(), r.documents(),
                r.declaration(), r.assistedBy(), appointment.receivedAt(), r.officer().username(), models);
        var data = new DossierData(intake, Progress.accepted(r.competentOffice(), DossierClock.start(appointment),
                appointment.receivedAt(), r.officer().username()), null, 0);
        var dossier = new Dossier(data);
        dossier.transitions.add(new Transition(Action.ACCEPT, null, DossierStatus.RECEIVED, r.officer().username(),
                appointment.receivedAt(), r.assistedBy() == null ? null : "declaration filled by " + r.assistedBy()));
        return dossier;
    }

    public DossierData data() {
        return d;
    }

    /** The transitions made since the dossier was loaded, oldest first. */
    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    public void transfer(Officer by, LocalDateTime at, OfficeCalendar calendar, DossierRules rules, String toUnit) {
        transfer(by, at, calendar, rules, toUnit, null);
    }

    /**
     * Transfers the dossier to the unit that processes it; with {@code competent}, to another agency competent
     * to decide it (a desk receives regardless of boundary, the competent agency decides): its staff then see
     * and handle the dossier.
     */
    public void transfer(Officer by, LocalDateTime at, OfficeCalendar calendar, DossierRules rules, String toUnit,
            AgencyCode competent) {
        check(Action.TRANSFER, by);
        if (competent != null && !competent.equals(d.competentOffice())) {
            d = d.with(d.progress().routedTo(competent));
        }
        LocalDateTime due = rules.transferDue(calendar, d.receivedAt());
        Holder firstStep = !steps().isEmpty() ? Holder.unit(steps().getFirst().performer())
                : toUnit == null || toUnit.isBlank() ? Holder.of(Holder.Kind.SPECIALIST_UNIT) : Holder.unit(toUnit.strip());
        move(Action.TRANSFER, by, at, Stage.of(Stage.Kind.RECEPTION_AND_TRANSFER), firstStep, due, 0, null);
    }

    public void handOver(Officer by, LocalDateTime at, OfficeCalendar calendar, String note) {
        check(Action.HAND_OVER, by);
        DossierLimits.note(note);
        require(TransitionPolicies.aNextStepRemains(d));
        ProcessingStep current = steps().get(d.step());
        move(Action.HAND_OVER, by, at, Stage.step(current.title()), Holder.unit(steps().get(d.step() + 1).performer()),
                stepDue(calendar), d.step() + 1, note);
    }

    public void submitForApproval(Officer by, LocalDateTime at, OfficeCalendar calendar) {
        check(Action.SUBMIT_FOR_APPROVAL, by);
        require(TransitionPolicies.everyStepDone(d));
        require(TransitionPolicies.noConsultationOpen(d));
        Stage stage = steps().isEmpty() ? Stage.of(Stage.Kind.PROCESSING) : Stage.step(steps().get(Math.max(d.step(), 0)).title());
        int next = Math.min(d.step() + 1, Math.max(steps().size() - 1, 0));
        move(Action.SUBMIT_FOR_APPROVAL, by, at, stage, Holder.of(Holder.Kind.LEADER), stepDue(calendar), next, null);
    }

    public void sendBack(Officer by, LocalDateTime at, String reason) {
        check(Action.SEND_BACK, by);
        requireText(reason);
        move(Action.SEND_BACK, by, at, Stage.of(Stage.Kind.SUBMISSION), d.holder(), null, Math.max(d.step() - 1, 0), reason);
    }

    public void approve(Officer by, LocalDateTime at, OfficeCalendar calendar) {
        check(Action.APPROVE, by);
        move(Action.APPROVE, by, at, Stage.of(Stage.Kind.APPROVAL), Holder.of(Holder.Kind.DESK), stepDue(calendar), d.step(), null);
    }

    public void resultReady(Officer by, LocalDateTime at) {
        check(Action.RESULT_READY, by);
        move(Action.RESULT_READY, by, at, Stage.of(Stage.Kind.RESULT_AT_DESK), Holder.of(Holder.Kind.DESK), d.clock().dueAt(),
                d.step(), null);
        d = d.with(d.progress(), Closing.resultReady(at));
    }

    public void returnResult(Officer by, LocalDateTime at, Channel through) {
        returnResult(by, at, through, ResultRecipient.APPLICANT);
    }

    /** The result handed over through the channel to the applicant or a representative. */
    public void returnResult(Officer by, LocalDateTime at, Channel through, ResultRecipient recipient) {
        check(Action.RETURN, by);
        move(Action.RETURN, by, at, Stage.of(Stage.Kind.RETURN), Holder.of(Holder.Kind.APPLICANT), d.clock().promisedAt(), d.step(),
                through.name());
        d = d.with(d.progress(), d.closing().returned(at, through, recipient));
    }

    public void requestSupplement(Officer by, LocalDateTime at, OfficeCalendar calendar, DossierRules rules, List<String> items) {
        check(Action.REQUEST_SUPPLEMENT, by);
        if (items == null || items.stream().allMatch(i -> i == null || i.isBlank())) {
            throw new TransitionRefusedException(TransitionRefusal.REASON_REQUIRED, "List every missing item");
        }
        require(TransitionPolicies.withinTheSupplementWindow(d, at, calendar, rules));
        DossierLimits.supplementItems(items);
        var missing = items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        record(Action.REQUEST_SUPPLEMENT, by, at, String.join("; ", missing));
        d = d.with(d.progress().awaitingSupplement(d.clock().suspend(at), missing));
    }

    /** The dossier is complete again: the processing time restarts from zero. */
    public void supplementReceived(Officer by, LocalDateTime at, OfficeCalendar calendar) {
        check(Action.SUPPLEMENT_RECEIVED, by);
        record(Action.SUPPLEMENT_RECEIVED, by, at, String.join("; ", d.missingItems()));
        d = d.with(d.progress().completeAgain(d.clock().restart(calendar, at), at), null);
    }

    public void refuse(Officer by, LocalDateTime at, String reasons) {
        check(Action.REFUSE, by);
        requireText(reasons);
        close(Action.REFUSE, by, at, reasons);
    }

    public void stop(Officer by, LocalDateTime at, String reason) {
        check(Action.STOP, by);
        requireText(reason);
        close(Action.STOP, by, at, reason);
    }

    /** An apology with a new appointment (form 04): once, at least one working day before the due date. */
    public void apologise(Officer by, LocalDateTime at, OfficeCalendar calendar, LocalDateTime newDueAt, String reason) {
        check(Action.APOLOGISE, by);
        requireText(reason);
        DossierClock clock;
        try {
            clock = d.clock().reschedule(calendar, at, newDueAt);
        } catch (RescheduleRefusedException e) {
            throw new TransitionRefusedException(TransitionRefusal.RESCHEDULE_REFUSED, e.refusal().name());
        }
        record(Action.APOLOGISE, by, at, reason);
        d = d.with(d.progress().rescheduled(clock, reason));
    }

    /**
     * Asks another agency for its opinion within {@code workingDays}; {@code registered} is the agency's code when it
     * works in MotCua (its staff then answer themselves), {@code null} for an agency outside.
     */
    public void consult(Officer by, LocalDateTime at, OfficeCalendar calendar, String agency, AgencyCode registered,
            Consultation.Direction direction, String question, int workingDays) {
        check(Action.CONSULT, by);
        requireText(agency);
        requireText(question);
        if (agency.strip().length() > DossierLimits.AGENCY_LENGTH) {
            throw new InvalidValueException("agency.tooLong",
                    "At most " + DossierLimits.AGENCY_LENGTH + " characters");
        }
        DossierLimits.consultationDays(workingDays);
        if (by.office().equals(registered)) {
            throw new TransitionRefusedException(TransitionRefusal.SELF_CONSULTATION, "An office does not consult itself");
        }
        var consultation = new Consultation(d.consultations().size() + 1, agency.strip(),
                registered == null ? null : registered.value(), direction, question.strip(), at,
                Deadlines.consultationDue(calendar, at, workingDays),
                null, null);
        var all = new ArrayList<>(d.consultations());
        all.add(consultation);
        record(Action.CONSULT, by, at, agency + ": " + question);
        d = d.with(d.progress().withConsultations(all));
    }

    /**
     * Records the answer to an open consultation: given by the consulted agency's own staff, or, for an agency
     * outside MotCua, by the dossier's specialist who received it on paper.
     */
    public void answerConsultation(Officer by, LocalDateTime at, int number, String answer) {
        checkStatusAndDuty(Action.CONSULTATION_ANSWERED, by);
        var all = new ArrayList<>(d.consultations());
        int index = number - 1;
        if (index < 0 || index >= all.size() || !all.get(index).isOpen()) {
            throw new TransitionRefusedException(TransitionRefusal.NO_SUCH_CONSULTATION, "No open consultation " + number);
        }
        Consultation asked = all.get(index);
        if (asked.agencyCode() == null) {
            checkOffice(Action.CONSULTATION_ANSWERED, by);
        } else if (!asked.isAddressedTo(by.office())) {
            throw new TransitionRefusedException(TransitionRefusal.OTHER_OFFICE,
                    "Consultation " + number + " is answered by " + asked.agencyCode() + " itself");
        }
        requireText(answer);
        all.set(index, all.get(index).answered(at, answer.strip()));
        record(Action.CONSULTATION_ANSWERED, by, at, answer);
        d = d.with(d.progress().withConsultations(all));
    }

    /** Refuses the action unless the status allows it, the officer has the duty and works where the dossier is. */
    public void check(Action action, Officer by) {
        checkStatusAndDuty(action, by);
        checkOffice(action, by);
    }

    private void checkStatusAndDuty(Action action, Officer by) {
        require(TransitionPolicies.statusAllows(action, d));
        require(TransitionPolicies.dutyHeld(action, by));
    }

    private void checkOffice(Action action, Officer by) {
        require(TransitionPolicies.worksWhereTheDossierIs(d, by));
    }

    private static void require(java.util.Optional<Decision.Refused> refusal) {
        refusal.ifPresent(r -> {
            throw new TransitionRefusedException(r.reason(), r.detail());
        });
    }

    /**
     * Takes the command: the transitions it made, or the refusal with its reason (nothing changes then). The one way
     * the page, the API and the demo history move a dossier.
     */
    public Decision apply(DossierCommand command, ActionContext c) {
        int before = transitions.size();
        Officer by = c.officer();
        LocalDateTime at = c.at();
        try {
            switch (command) {
                case DossierCommand.Transfer t -> transfer(by, at, c.calendar(), c.rules(), t.unit(), t.competent());
                case DossierCommand.HandOver h -> handOver(by, at, c.calendar(), h.note());
                case DossierCommand.SubmitForApproval s -> submitForApproval(by, at, c.calendar());
                case DossierCommand.SendBack s -> sendBack(by, at, s.reason());
                case DossierCommand.Approve a -> approve(by, at, c.calendar());
                case DossierCommand.ResultReady r -> resultReady(by, at);
                case DossierCommand.Return r -> returnResult(by, at, r.through(), r.recipient());
                case DossierCommand.RequestSupplement r -> requestSupplement(by, at, c.calendar(), c.rules(), r.items());
                case DossierCommand.SupplementReceived r -> supplementReceived(by, at, c.calendar());
                case DossierCommand.Refuse r -> refuse(by, at, r.reasons());
                case DossierCommand.Apologise a -> apologise(by, at, c.calendar(), a.newDueAt(), a.reason());
                case DossierCommand.Stop s -> stop(by, at, s.reason());
                case DossierCommand.Consult k -> consult(by, at, c.calendar(), k.agency(), k.registered(), k.direction(),
                        k.question(), k.workingDays());
                case DossierCommand.AnswerConsultation a -> answerConsultation(by, at, a.number(), a.answer());
            }
        } catch (TransitionRefusedException e) {
            return new Decision.Refused(e.reason(), e.getMessage());
        }
        return new Decision.Made(transitions.subList(before, transitions.size()));
    }

    /** The actions the officer may take now, by the same policies that decide them (acceptance is not one). */
    public java.util.Set<Action> allowedActions(ActionContext c) {
        var allowed = java.util.EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (action != Action.ACCEPT && TransitionPolicies.refusalOf(action, d, c).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The open consultations the officer may answer (by their number's order). */
    public List<Consultation> answerableConsultations(Officer by) {
        return TransitionPolicies.answerableBy(d, by);
    }

    private List<ProcessingStep> steps() {
        return d.procedure().steps();
    }

    /** When the current step is due: its allotted hours from when it started, or the dossier's due instant. */
    private LocalDateTime stepDue(OfficeCalendar calendar) {
        if (d.step() < 0 || d.step() >= steps().size()) {
            return d.clock().dueAt();
        }
        long minutes = steps().get(d.step()).hours().multiply(java.math.BigDecimal.valueOf(60)).longValue();
        return Deadlines.stepDue(calendar, d.stepStartedAt(), minutes);
    }

    private void move(Action action, Officer by, LocalDateTime at, Stage stage, Holder to, LocalDateTime due, int nextStep,
            String note) {
        var row = new Handover(stage, by.username(), to, at, due, StepTimeliness.of(at, due), note);
        record(action, by, at, note);
        d = d.with(d.progress().handedOver(action.target(d.status()), row, nextStep));
    }

    private void close(Action action, Officer by, LocalDateTime at, String reason) {
        record(action, by, at, reason);
        d = d.with(d.progress().withStatus(action.target(d.status())), Closing.closed(at, reason.strip()));
    }

    private void record(Action action, Officer by, LocalDateTime at, String note) {
        transitions.add(new Transition(action, d.status(), action.target(d.status()), by.username(), at, note));
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new TransitionRefusedException(TransitionRefusal.REASON_REQUIRED, "A reason is required");
        }
        DossierLimits.note(text);
    }
}
