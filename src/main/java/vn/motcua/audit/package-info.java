/**
 * The immutable audit trail: who changed what, when, and why. Every state change in MotCua writes
 * an entry through {@link vn.motcua.audit.AuditTrail}; the table refuses updates and deletes.
 */
@ApplicationModule(displayName = "Audit",
        allowedDependencies = {})
package vn.motcua.audit;

import org.springframework.modulith.ApplicationModule;
