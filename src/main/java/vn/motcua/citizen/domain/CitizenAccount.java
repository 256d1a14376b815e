package vn.motcua.citizen.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A citizen's account: made at the first sign-in, found again by the provider's issuer and subject, and kept
 * up to date with the identity the provider asserts at each sign-in.
 */
public record CitizenAccount(UUID id, String issuer, String subject, CitizenIdentity identity) {

    public CitizenAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identity, "identity");
        if (issuer == null || issuer.isBlank() || issuer.length() > 500) {
            throw new IllegalArgumentException("issuer");
        }
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw new IllegalArgumentException("subject");
        }
    }
}
