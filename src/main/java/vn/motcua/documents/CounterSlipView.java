package vn.motcua.documents;

import java.util.List;

/** What form 02 or form 03 prints, already worded. */
public record CounterSlipView(String numberLabel, String title, String number, String parentName, String officeName,
        String dateLine, String applicantName, String idNumber, String address, String procedureName, String lead,
        String itemsHeader, List<String> items, String closing, String officerName, String pdfUrl,
        String dossierCode) {
}
