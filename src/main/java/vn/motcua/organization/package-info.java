/**
 * Agencies (offices) as a tree of any depth, each with its electronic identifier. Published API:
 * {@link vn.motcua.organization.Offices} and the domain types in {@code organization.domain}.
 */
@ApplicationModule(displayName = "Organization",
        allowedDependencies = {
        "audit", "platform"})
package vn.motcua.organization;

import org.springframework.modulith.ApplicationModule;
