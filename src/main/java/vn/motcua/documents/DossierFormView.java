package vn.motcua.documents;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.documents.domain.FormType;
import vn.motcua.dossier.domain.StepTimeliness;

/**
 * What forms 04 (apology), 05 (stop notice) and 06 (control sheet) print, already worded; {@code recipient}: who
 * received the returned result (the control sheet), none before the return.
 */
public record DossierFormView(FormType type, String numberLabel, String title, String parentName, String officeName,
        String code, String dateLine, String applicantName, String procedureName, String receivedAt, String dueAt,
        String newDueAt, String reason, List<Row> rows, String signerTitle, String signerName, String recipient) {

    /** A row of the control sheet as the paper says it. */
    public record Row(String step, String from, String to, LocalDateTime at, StepTimeliness timeliness) {
    }
}
