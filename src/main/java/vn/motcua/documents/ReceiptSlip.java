package vn.motcua.documents;

import java.util.List;

import vn.motcua.dossier.domain.ReceivedDocument;

/** What form 01 prints, already worded. */
public record ReceiptSlip(String numberLabel, String parentName, String officeName, String code, String qrDataUri,
        String lookupUrl, String applicantName, String idNumber, String organisationNumber, String address, String phone,
        String email, String representative, String procedureName, List<ReceivedDocument> documents, String legalTime,
        String receivedAt, String dueAt, String returnPlace, String bookVolume, String bookNumber, String officerName,
        boolean assisted) {
}
