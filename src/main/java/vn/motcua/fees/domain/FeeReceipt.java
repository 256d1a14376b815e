package vn.motcua.fees.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An electronic receipt (biên lai) issued at the moment a fee was collected: numbered in the office's series of the
 * year, for the payer, the fee and the amount, by whom (the officer, or the gateway for an online payment), with the
 * signed PDF's SHA-256 in the content store.
 *
 * @param collectedOn the office's day of the collection, the cash book it belongs to
 * @param txnRef the online payment's reference, or {@code null} for cash
 */
public record FeeReceipt(UUID id, String office, int year, int number, String formSymbol, String series,
        String dossierCode, String payerName, String feeName, long amount, PaymentMethod method, String collectedBy,
        Instant collectedAt, LocalDate collectedOn, String txnRef, String sha256) {

    /** As printed and listed: {@code EBL01 26TMC 0000012}. */
    public String label() {
        return formSymbol + " " + series + " " + ReceiptSeries.number(number);
    }

    public String amountInWords() {
        return VndInWords.of(amount);
    }
}
