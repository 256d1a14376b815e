/**
 * Staff accounts, roles and sign-in. Published API: {@link vn.motcua.identity.StaffAccounts},
 * {@link vn.motcua.identity.StaffPrincipal} (the signed-in officer) and the domain types.
 */
@ApplicationModule(displayName = "Identity",
        allowedDependencies = {
        "audit", "catalogue", "organization", "organization :: domain", "platform"})
package vn.motcua.identity;

import org.springframework.modulith.ApplicationModule;
