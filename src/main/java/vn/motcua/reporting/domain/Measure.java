package vn.motcua.reporting.domain;

/**
 * Which dossiers a number of a report counts, so that each number can be opened as the list of its dossiers.
 * Measures of the period count events inside it; the others count dossiers open at an instant.
 */
public enum Measure {
    RECEIVED("Tiếp nhận"), FINISHED("Đã giải quyết"), EARLY("Trước hạn"), ON_TIME("Đúng hạn"), LATE("Trễ hạn"),
    REFUSED("Từ chối"), STOPPED("Dừng xử lý"), CARRIED_OVER("Kỳ trước chuyển sang"), IN_PROGRESS("Đang giải quyết"),
    OVERDUE("Quá hạn"), DUE_SOON("Sắp đến hạn");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the measure counts closings, broken down by the officer who handled the dossier. */
    public boolean byHandler() {
        return switch (this) {
            case FINISHED, EARLY, ON_TIME, LATE, REFUSED, STOPPED -> true;
            default -> false;
        };
    }
}
