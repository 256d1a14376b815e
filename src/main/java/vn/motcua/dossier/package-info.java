/**
 * Dossiers from reception to return: the counter's three outcomes, the dossier code, the lifecycle with
 * its control sheet, work queues and the REST API. Published API: {@link vn.motcua.dossier.Dossiers},
 * {@link vn.motcua.dossier.ReceptionDesk} and the domain types.
 */
@ApplicationModule(displayName = "Dossier",
        allowedDependencies = {
        "audit", "calendar", "calendar :: domain", "catalogue", "catalogue :: domain", "notification",
        "organization", "organization :: domain", "platform", "servicemodel", "servicemodel :: domain"})
package vn.motcua.dossier;

import org.springframework.modulith.ApplicationModule;
