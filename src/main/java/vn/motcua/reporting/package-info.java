/**
 * Statistics as read models: daily counters per office and per service model, kept current by a projector that
 * follows the dossier journal, and the pages that read them. Published API: {@link vn.motcua.reporting.ModelStatistics}.
 */
@ApplicationModule(displayName = "Reporting",
        allowedDependencies = {
        "calendar", "calendar :: domain", "catalogue", "catalogue :: domain", "documents", "dossier", "fees",
        "dossier :: domain", "organization", "organization :: domain", "platform", "portal",
        "queue", "queue :: domain", "results", "servicemodel", "servicemodel :: domain", "survey"})
package vn.motcua.reporting;

import org.springframework.modulith.ApplicationModule;
