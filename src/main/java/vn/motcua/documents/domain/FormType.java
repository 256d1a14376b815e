package vn.motcua.documents.domain;

/** The slips and books of the one-stop mechanism, by what they are (rules.md §2). */
public enum FormType {
    RECEIPT, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY, STOP_NOTICE, CONTROL_SHEET, TRACKING_BOOK
}
