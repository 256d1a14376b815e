package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;

/**
 * What an officer asks of a dossier, one record per action, each with its arguments: the one way the counter's
 * page, the API and the demo history move a dossier ({@link Dossier#apply}).
 */
public sealed interface DossierCommand {

    /** The action of the state machine this command takes. */
    default Action action() {
        return switch (this) {
            case Transfer t -> Action.TRANSFER;
            case HandOver h -> Action.HAND_OVER;
            case SubmitForApproval s -> Action.SUBMIT_FOR_APPROVAL;
            case SendBack s -> Action.SEND_BACK;
            case Approve a -> Action.APPROVE;
            case ResultReady r -> Action.RESULT_READY;
            case Return r -> Action.RETURN;
            case RequestSupplement r -> Action.REQUEST_SUPPLEMENT;
            case SupplementReceived s -> Action.SUPPLEMENT_RECEIVED;
            case Refuse r -> Action.REFUSE;
            case Apologise a -> Action.APOLOGISE;
            case Stop s -> Action.STOP;
            case Consult c -> Action.CONSULT;
            case AnswerConsultation a -> Action.CONSULTATION_ANSWERED;
        };
    }

    /** Transfer to the unit that processes it; with {@code competent}, to another competent agency. */
    record Transfer(String unit, AgencyCode competent) implements DossierCommand {
    }

    record HandOver(String note) implements DossierCommand {
    }

    record SubmitForApproval() implements DossierCommand {
    }

    record SendBack(String reason) implements DossierCommand {
    }

    record Approve() implements DossierCommand {
    }

    record ResultReady() implements DossierCommand {
    }

    /** The result returned through the channel, to the applicant or a representative ({@code recipient}). */
    record Return(Channel through, ResultRecipient recipient) implements DossierCommand {
        public Return {
            Objects.requireNonNull(through, "through");
            recipient = recipient == null ? ResultRecipient.APPLICANT : recipient;
        }

        public Return(Channel through) {
            this(through, ResultRecipient.APPLICANT);
        }
    }

    /** Every missing item at once. */
    record RequestSupplement(List<String> items) implements DossierCommand {
        public RequestSupplement {
            items = items == null ? List.of() : List.copyOf(items.stream().map(i -> i == null ? "" : i).toList());
        }
    }

    record SupplementReceived() implements DossierCommand {
    }

    record Refuse(String reasons) implements DossierCommand {
    }

    /** An apology (form 04) with the new appointment. */
    record Apologise(LocalDateTime newDueAt, String reason) implements DossierCommand {
        public Apologise {
            Objects.requireNonNull(newDueAt, "newDueAt");
        }
    }

    record Stop(String reason) implements DossierCommand {
    }

    /** Asks an agency (in MotCua when {@code registered} is its code) for its opinion within the working days. */
    record Consult(String agency, AgencyCode registered, Consultation.Direction direction, String question, int workingDays)
            implements DossierCommand {
        public Consult {
            Objects.requireNonNull(direction, "direction");
        }
    }

    record AnswerConsultation(int number, String answer) implements DossierCommand {
    }
}
