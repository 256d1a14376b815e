package vn.motcua.documents;

import java.util.List;

/** Form 07, the tracking book of one field over a period. */
public record BookView(String numberLabel, String parentName, String officeName, String field, String from, String to,
        List<Row> rows) {

    public record Row(String code, String procedure, String applicant, String contact, String leadAgency, String receivedAt,
            String dueAt, String returnedAt, String returnedThrough) {
    }
}
