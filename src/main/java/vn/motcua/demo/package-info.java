/**
 * Demo data for the {@code demo} profile (the run command's default): the demo offices of the
 * {@code H99} group and their staff accounts. Nothing here exists outside that profile.
 */
@ApplicationModule(displayName = "Demo data",
        allowedDependencies = {
        "calendar", "calendar :: domain", "catalogue", "catalogue :: domain", "dossier",
        "dossier :: domain", "identity", "identity :: domain", "organization", "organization :: domain",
        "queue", "reporting", "servicemodel", "servicemodel :: domain", "survey", "survey :: domain"})
package vn.motcua.demo;

import org.springframework.modulith.ApplicationModule;
