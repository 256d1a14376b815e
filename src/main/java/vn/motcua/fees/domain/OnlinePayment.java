package vn.motcua.fees.domain;

import java.time.Instant;

/**
 * A payment started online for a dossier's fee: the reference sent to the gateway and the amount, PENDING until the
 * gateway's notification says it was paid (or not).
 */
public record OnlinePayment(String txnRef, String dossierCode, String office, long amount, Status status,
        Instant createdAt, Instant expiresAt, String gatewayNo, String bankCode, String responseCode, String payDate,
        Instant completedAt) {

    public enum Status { PENDING, PAID, FAILED }
}
