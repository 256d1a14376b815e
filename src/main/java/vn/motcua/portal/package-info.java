/**
 * The citizen portal: looking a dossier up by its code (the address in the form 01 QR), with a second factor for
 * the details; and feedback and complaints. Published API: {@link vn.motcua.portal.Lookups}.
 */
@ApplicationModule(displayName = "Portal",
        allowedDependencies = {
        "audit", "calendar", "calendar :: domain", "dossier", "dossier :: domain", "organization",
        "organization :: domain", "platform", "survey"})
package vn.motcua.portal;

import org.springframework.modulith.ApplicationModule;
