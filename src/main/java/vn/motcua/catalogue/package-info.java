/**
 * The public catalogue of administrative procedures: codes, legal and target times, steps, documents,
 * fees, results, channels, legal basis and the declaration form, in dated versions; which offices offer
 * them. Published API: {@link vn.motcua.catalogue.Catalogue} and the domain types.
 */
@ApplicationModule(displayName = "Catalogue",
        allowedDependencies = {
        "audit", "calendar", "calendar :: domain", "organization", "organization :: domain", "platform"})
package vn.motcua.catalogue;

import org.springframework.modulith.ApplicationModule;
