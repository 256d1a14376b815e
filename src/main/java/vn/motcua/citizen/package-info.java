/**
 * Citizens online: sign-in by OpenID Connect (VNeID or the national portal's SSO; the demo ships its own provider),
 * the citizen's account made from the provider's claims. Citizens and staff never share a role or a security
 * context. Online submission (the e-form, papers from the citizen's store, the dossier code at submission) and the
 * desk's online inbox (accept, supplement, refuse through the counter's commands). Published API:
 * {@link vn.motcua.citizen.CitizenAccounts}, {@link vn.motcua.citizen.OnlineSubmissions},
 * {@link vn.motcua.citizen.OnlineInbox} and the domain types.
 */
@ApplicationModule(displayName = "Citizen",
        allowedDependencies = {"audit", "calendar", "calendar :: domain", "catalogue", "catalogue :: domain", "documents", "dossier", "fees", "fees :: domain",
                "dossier :: domain", "notification", "organization", "organization :: domain", "platform", "results", "results :: domain", "survey"})
package vn.motcua.citizen;

import org.springframework.modulith.ApplicationModule;
