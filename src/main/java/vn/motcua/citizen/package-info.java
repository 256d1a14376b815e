/**
 * Citizens online: sign-in by OpenID Connect (VNeID or the national portal's SSO; the demo ships its own provider),
 * the citizen's account made from the provider's claims. Citizens and staff never share a role or a security
 * context. Published API: {@link vn.motcua.citizen.CitizenAccounts} and the domain types.
 */
@ApplicationModule(displayName = "Citizen",
        allowedDependencies = {"audit", "documents", "dossier", "dossier :: domain", "organization",
                "organization :: domain", "platform", "survey"})
package vn.motcua.citizen;

import org.springframework.modulith.ApplicationModule;
