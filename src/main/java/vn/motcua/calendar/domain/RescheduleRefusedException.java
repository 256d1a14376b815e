package vn.motcua.calendar.domain;

/** A reschedule was asked for although a rule forbids it; {@link #refusal()} says which. */
public class RescheduleRefusedException extends RuntimeException {

    private final RescheduleRefusal refusal;

    public RescheduleRefusedException(RescheduleRefusal refusal) {
        super("Reschedule refused: " + refusal);
        this.refusal = refusal;
    }

    public RescheduleRefusal refusal() {
        return refusal;
    }
}
