package vn.motcua.reporting.domain;

/** What the counters of a report are broken down by; {@link #ALL} is the office's total (key ""). */
public enum Dimension {
    ALL("Tổng"), FIELD("Lĩnh vực"), PROCEDURE("Thủ tục"), OFFICER("Cán bộ"), CHANNEL("Kênh tiếp nhận"), MODEL("Mô hình");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
