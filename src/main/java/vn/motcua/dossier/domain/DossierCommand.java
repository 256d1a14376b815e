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
    Action action();

    /** Transfer to the unit that processes it; with {@code competent}, to another competent agency. */
    record Transfer(String unit, AgencyCode competent) implements DossierCommand {
        public Action action() {
            return Action.TRANSFER;
        }
    }

    record HandOver(String note) implements DossierCommand {
        public Action action() {
            return Action.HAND_OVER;
        }
    }

    record SubmitForApproval() implements DossierCommand {
        public Action action() {
            return Action.SUBMIT_FOR_APPROVAL;
        }
    }

    record SendBack(String reason) implements DossierCommand {
        public Action action() {
            return Action.SEND_BACK;
        }
    }

    record Approve() implements DossierCommand {
        public Action action() {
            return Action.APPROVE;
        }
    }

    record ResultReady() implements DossierCommand {
        public Action action() {
            return Action.RESULT_READY;
        }
    }

    record Return(Channel through) implements DossierCommand {
        public Return {
            Objects.requireNonNull(through, "through");
        }

        public Action action() {
            return Action.RETURN;
        }
    }

    /** Every missing item at once. */
    record RequestSupplement(List<String> items) implements DossierCommand {
        public RequestSupplement {
            items = items == null ? List.of() : List.copyOf(items.stream().map(i -> i == null ? "" : i).toList());
        }

        public Action action() {
            return Action.REQUEST_SUPPLEMENT;
        }
    }

    record SupplementReceived() implements DossierCommand {
        public Action action() {
            return Action.SUPPLEMENT_RECEIVED;
        }
    }

    record Refuse(String reasons) implements DossierCommand {
        public Action action() {
            return Action.REFUSE;
        }
    }

    /** An apology (form 04) with the new appointment. */
    record Apologise(LocalDateTime newDueAt, String reason) implements DossierCommand {
        public Apologise {
            Objects.requireNonNull(newDueAt, "newDueAt");
        }

        public Action action() {
            return Action.APOLOGISE;
        }
    }

    record Stop(String reason) implements DossierCommand {
        public Action action() {
            return Action.STOP;
        }
    }

    /** Asks an agency (in MotCua when {@code registered} is its code) for its opinion within the working days. */
    record Consult(String agency, AgencyCode registered, Consultation.Direction direction, String question, int workingDays)
            implements DossierCommand {
        public Consult {
            Objects.requireNonNull(direction, "direction");
        }

        public Action action() {
            return Action.CONSULT;
        }
    }

    record AnswerConsultation(int number, String answer) implements DossierCommand {
        public Action action() {
            return Action.CONSULTATION_ANSWERED;
        }
    }
}
