/**
 * The slips and books the law requires (forms 01–07): HTML for printing from the browser and PDF with the
 * office's header, correct Vietnamese (a shipped DejaVu Serif font) and, on form 01, a QR code of the
 * public lookup address. Published API: {@link vn.motcua.documents.Slips}.
 */
@ApplicationModule(displayName = "Documents",
        allowedDependencies = {
        "calendar", "calendar :: domain", "catalogue", "catalogue :: domain", "dossier",
        "dossier :: domain", "identity", "identity :: domain", "organization", "organization :: domain",
        "platform", "servicemodel :: domain", "signatures", "survey"})
package vn.motcua.documents;

import org.springframework.modulith.ApplicationModule;
