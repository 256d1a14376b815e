package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.DossierCommand;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.dossier.domain.ResultRecipient;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;

/**
 * The one reading of an action's name and arguments into a {@link DossierCommand}, for the dossier's page and the
 * API alike: the same names, the same parsing, the same refusals.
 */
final class Commands {

    /** The API's names of the actions; the page uses the action's own name in lower case with dashes. */
    static final Map<String, Action> API_NAMES = Map.ofEntries(Map.entry("transfer", Action.TRANSFER),
            Map.entry("hand-over", Action.HAND_OVER), Map.entry("submit", Action.SUBMIT_FOR_APPROVAL),
            Map.entry("send-back", Action.SEND_BACK), Map.entry("approve", Action.APPROVE),
            Map.entry("result-ready", Action.RESULT_READY), Map.entry("return", Action.RETURN),
            Map.entry("supplement-request", Action.REQUEST_SUPPLEMENT), Map.entry("supplement-received", Action.SUPPLEMENT_RECEIVED),
            Map.entry("refuse", Action.REFUSE), Map.entry("apology", Action.APOLOGISE), Map.entry("stop", Action.STOP),
            Map.entry("consult", Action.CONSULT), Map.entry("consultation-answer", Action.CONSULTATION_ANSWERED));

    /** The arguments an action may take; each reads the ones it needs. */
    record Arguments(String note, List<String> items, LocalDateTime newDueAt, String through, String unit, String agency,
            String direction, String question, Integer workingDays, Integer number, AgencyCode competent, AgencyCode consulted,
            String recipientName, String recipientIdNumber) {
    }

    private Commands() {
    }

    /** The action an API name or a page's path segment names; none is a 404. Acceptance is not a transition. */
    static Action action(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        Action action = API_NAMES.get(key);
        if (action == null) {
            try {
                action = Action.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("No transition " + name);
            }
        }
        if (action == Action.ACCEPT) {
            throw new NotFoundException("A dossier is accepted at the reception screen");
        }
        return action;
    }

    static DossierCommand of(Action action, Arguments a) {
        TransitionLimits.check(a.note(), a.question(), a.agency(), a.unit(), a.items(), a.workingDays(), a.newDueAt());
        return switch (action) {
            case ACCEPT -> throw new NotFoundException("A dossier is accepted at the reception screen");
            case TRANSFER -> new DossierCommand.Transfer(a.unit(), a.competent());
            case HAND_OVER -> new DossierCommand.HandOver(a.note());
            case SUBMIT_FOR_APPROVAL -> new DossierCommand.SubmitForApproval();
            case SEND_BACK -> new DossierCommand.SendBack(a.note());
            case APPROVE -> new DossierCommand.Approve();
            case RESULT_READY -> new DossierCommand.ResultReady();
            case RETURN -> new DossierCommand.Return(channel(a.through()), recipient(a.recipientName(), a.recipientIdNumber()));
            case REQUEST_SUPPLEMENT -> new DossierCommand.RequestSupplement(a.items());
            case SUPPLEMENT_RECEIVED -> new DossierCommand.SupplementReceived();
            case REFUSE -> new DossierCommand.Refuse(a.note());
            case APOLOGISE -> {
                if (a.newDueAt() == null) {
                    throw new BadParameterException("newDueAt", "The new appointment is required");
                }
                yield new DossierCommand.Apologise(a.newDueAt(), a.note());
            }
            case STOP -> new DossierCommand.Stop(a.note());
            case CONSULT -> new DossierCommand.Consult(a.agency(), a.consulted(), direction(a.direction()), a.question(),
                    a.workingDays() == null ? 5 : a.workingDays());
            case CONSULTATION_ANSWERED -> new DossierCommand.AnswerConsultation(a.number() == null ? 0 : a.number(), a.note());
        };
    }

    /** The applicant when no one else is named; else the representative, with a valid personal ID number. */
    private static ResultRecipient recipient(String name, String idNumber) {
        boolean named = name != null && !name.isBlank();
        boolean identified = idNumber != null && !idNumber.isBlank();
        if (!named && !identified) {
            return ResultRecipient.APPLICANT;
        }
        if (!identified) {
            throw new BadParameterException("recipientIdNumber", "A representative gives a personal ID number");
        }
        PersonalIdNumber id;
        try {
            id = PersonalIdNumber.of(idNumber.strip());
        } catch (InvalidValueException e) {
            throw new BadParameterException("recipientIdNumber", e.getMessage());
        }
        if (!named) {
            throw new BadParameterException("recipientName", "Name the person who received the result");
        }
        if (name.strip().length() > Applicant.MAX_NAME) {
            throw new BadParameterException("recipientName", "At most " + Applicant.MAX_NAME + " characters");
        }
        return ResultRecipient.representative(name.strip(), id);
    }

    private static Channel channel(String through) {
        try {
            return Channel.valueOf(through == null ? "COUNTER" : through.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("through", "COUNTER, POST or ONLINE");
        }
    }

    private static Consultation.Direction direction(String direction) {
        try {
            return Consultation.Direction.valueOf(direction == null ? "HORIZONTAL" : direction.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("direction", "HORIZONTAL or VERTICAL");
        }
    }
}
