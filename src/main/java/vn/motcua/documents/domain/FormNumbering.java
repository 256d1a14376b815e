package vn.motcua.documents.domain;

import java.util.Map;

/**
 * The number printed on each form: Circular 03/2025/TT-VPCP by default; some provinces still print the
 * 2018 numbers (Circular 01/2018/TT-VPCP, which had no stop notice).
 */
public enum FormNumbering {
    CIRCULAR_03_2025(Map.of(FormType.RECEIPT, "01", FormType.SUPPLEMENT_REQUEST, "02", FormType.REFUSAL, "03",
            FormType.APOLOGY, "04", FormType.STOP_NOTICE, "05", FormType.CONTROL_SHEET, "06", FormType.TRACKING_BOOK, "07")),
    CIRCULAR_01_2018(Map.of(FormType.RECEIPT, "01", FormType.SUPPLEMENT_REQUEST, "02", FormType.REFUSAL, "03",
            FormType.APOLOGY, "04", FormType.CONTROL_SHEET, "05", FormType.TRACKING_BOOK, "06"));

    private final Map<FormType, String> numbers;

    FormNumbering(Map<FormType, String> numbers) {
        this.numbers = numbers;
    }

    /** "Mẫu số 01", or no number when the numbering has no such form. */
    public String label(FormType type) {
        String number = numbers.get(type);
        return number == null ? "" : "Mẫu số " + number;
    }
}
