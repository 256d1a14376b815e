package vn.motcua.fees;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.motcua.fees.domain.ReceiptSeries;

/**
 * The receipts' settings ({@code motcua.fees.*}): the form symbol and the two letters of the series (Circular
 * 91/2026/TT-BTC; the year's digits are added each year), and each collecting office's tax code, printed on its
 * receipts. An office may have its own letters.
 */
@ConfigurationProperties("motcua.fees")
public record FeeSettings(String receiptForm, String receiptLetters, Map<String, String> taxCodes,
        Map<String, String> officeLetters) {

    public FeeSettings {
        receiptForm = receiptForm == null || receiptForm.isBlank() ? "EBL01" : receiptForm.strip();
        receiptLetters = receiptLetters == null || receiptLetters.isBlank() ? "MC" : receiptLetters.strip();
        taxCodes = taxCodes == null ? Map.of() : Map.copyOf(taxCodes);
        officeLetters = officeLetters == null ? Map.of() : Map.copyOf(officeLetters);
        new ReceiptSeries(receiptForm, receiptLetters);
        officeLetters.values().forEach(letters -> new ReceiptSeries("EBL01", letters));
    }

    public ReceiptSeries series(String office) {
        return new ReceiptSeries(receiptForm, officeLetters.getOrDefault(office, receiptLetters));
    }

    /** The office's tax code, or {@code null} when it was not configured. */
    public String taxCode(String office) {
        return taxCodes.get(office);
    }
}
