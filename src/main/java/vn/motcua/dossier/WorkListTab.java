package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Duty;
import vn.motcua.dossier.domain.Officer;

/**
 * The tabs of a work list: what waits for the officer ("Chờ tôi xử lý"), each open status, the closed dossiers, and
 * all of them. Open tabs list the soonest promise first; the closed and all tabs the newest receipt first.
 */
public enum WorkListTab {
    MINE, RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, AWAITING_APPROVAL, APPROVED, RESULT_READY, CLOSED, ALL;

    static final Set<DossierStatus> OPEN = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_APPROVAL, DossierStatus.APPROVED,
            DossierStatus.RESULT_READY);
    static final Set<DossierStatus> FINAL = EnumSet.complementOf(EnumSet.copyOf(OPEN));

    /** The statuses the tab lists for the officer. */
    Set<DossierStatus> statuses(Officer officer) {
        return switch (this) {
            case MINE -> waitingFor(officer);
            case CLOSED -> FINAL;
            case ALL -> EnumSet.allOf(DossierStatus.class);
            default -> EnumSet.of(DossierStatus.valueOf(name()));
        };
    }

    boolean newestFirst() {
        return this == CLOSED || this == ALL;
    }

    /** The one-status tab of an open status. */
    public static WorkListTab of(DossierStatus status) {
        return status.isFinal() ? CLOSED : valueOf(status.name());
    }

    /**
     * What waits for the officer: leaders see every open dossier of the office; reception what is to transfer,
     * to complete, or to return; specialists what is being processed.
     */
    static Set<DossierStatus> waitingFor(Officer officer) {
        if (officer.has(Duty.LEADER)) {
            return EnumSet.copyOf(OPEN);
        }
        var statuses = EnumSet.noneOf(DossierStatus.class);
        if (officer.has(Duty.RECEPTION)) {
            statuses.addAll(Set.of(DossierStatus.RECEIVED, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.APPROVED,
                    DossierStatus.RESULT_READY));
        }
        if (officer.has(Duty.SPECIALIST)) {
            statuses.add(DossierStatus.PROCESSING);
        }
        return statuses.isEmpty() ? EnumSet.of(DossierStatus.RECEIVED) : statuses;
    }
}
