package vn.motcua.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited action.
 *
 * @param at when it happened
 * @param actor the user name, or {@code system}
 * @param officeCode the actor's office, if any
 * @param action what was done, e.g. {@code identity.account.locked}
 * @param subject what it was done to, e.g. a user name or a dossier code
 * @param detail a free-text reason or summary
 */
public record AuditEntry(Instant at, String actor, String officeCode, String action, String subject, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
