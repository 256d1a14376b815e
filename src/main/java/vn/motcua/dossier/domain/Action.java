package vn.motcua.dossier.domain;

import java.util.EnumSet;
import java.util.Set;

import static vn.motcua.dossier.domain.DossierStatus.APPROVED;
import static vn.motcua.dossier.domain.DossierStatus.AWAITING_APPROVAL;
import static vn.motcua.dossier.domain.DossierStatus.PROCESSING;
import static vn.motcua.dossier.domain.DossierStatus.RECEIVED;
import static vn.motcua.dossier.domain.DossierStatus.REFUSED;
import static vn.motcua.dossier.domain.DossierStatus.RESULT_READY;
import static vn.motcua.dossier.domain.DossierStatus.RETURNED;
import static vn.motcua.dossier.domain.DossierStatus.STOPPED;
import static vn.motcua.dossier.domain.DossierStatus.SUPPLEMENT_REQUESTED;

/**
 * The state machine of a dossier as a table: each action, the statuses it may start from, where it leads
 * ({@code null}: the status stays) and the duty it needs.
 */
public enum Action {
    /** Acceptance at the desk creates the dossier; no existing dossier can be accepted again. */
    ACCEPT(EnumSet.noneOf(DossierStatus.class), RECEIVED, Duty.RECEPTION),
    TRANSFER(EnumSet.of(RECEIVED), PROCESSING, Duty.RECEPTION),
    HAND_OVER(EnumSet.of(PROCESSING), null, Duty.SPECIALIST),
    SUBMIT_FOR_APPROVAL(EnumSet.of(PROCESSING), AWAITING_APPROVAL, Duty.SPECIALIST),
    SEND_BACK(EnumSet.of(AWAITING_APPROVAL), PROCESSING, Duty.LEADER),
    APPROVE(EnumSet.of(AWAITING_APPROVAL), APPROVED, Duty.LEADER),
    RESULT_READY(EnumSet.of(APPROVED), DossierStatus.RESULT_READY, Duty.RECEPTION),
    RETURN(EnumSet.of(DossierStatus.RESULT_READY), RETURNED, Duty.RECEPTION),
    REQUEST_SUPPLEMENT(EnumSet.of(RECEIVED, PROCESSING), SUPPLEMENT_REQUESTED, Duty.SPECIALIST),
    SUPPLEMENT_RECEIVED(EnumSet.of(SUPPLEMENT_REQUESTED), PROCESSING, Duty.RECEPTION),
    REFUSE(EnumSet.of(RECEIVED, PROCESSING, AWAITING_APPROVAL), REFUSED, Duty.LEADER),
    APOLOGISE(EnumSet.of(RECEIVED, PROCESSING, AWAITING_APPROVAL, APPROVED), null, Duty.LEADER),
    STOP(EnumSet.of(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, AWAITING_APPROVAL), STOPPED, Duty.RECEPTION),
    CONSULT(EnumSet.of(PROCESSING), null, Duty.SPECIALIST),
    CONSULTATION_ANSWERED(EnumSet.of(PROCESSING), null, Duty.SPECIALIST);

    private final Set<DossierStatus> from;
    private final DossierStatus to;
    private final Duty duty;

    Action(Set<DossierStatus> from, DossierStatus to, Duty duty) {
        this.from = from;
        this.to = to;
        this.duty = duty;
    }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    /** The status after the action from {@code status}. */
    public DossierStatus target(DossierStatus status) {
        return to == null ? status : to;
    }

    public Duty duty() {
        return duty;
    }

    public Set<DossierStatus> from() {
        return from;
    }

}
