package vn.motcua.fees.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A fee paid back for a dossier refused or stopped: the whole amount paid, in cash by an officer (in that day's cash
 * book) or through the gateway that took it.
 *
 * @param gatewayRef the gateway's refund transaction, or {@code null} for cash
 */
public record FeeRefund(UUID id, String dossierCode, String office, long amount, PaymentMethod method, String reason,
        String gatewayRef, String refundedBy, Instant refundedAt, LocalDate refundedOn) {
}
