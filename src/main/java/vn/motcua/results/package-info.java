/**
 * Results with legal value: the results register (each result document a dossier issued, recorded with its number,
 * date, signer and file, numbered per office and year) and how each result goes back (on paper, electronically, or
 * both; an electronic result reaches the citizen's store). Published API: {@link vn.motcua.results.ResultRegister},
 * {@link vn.motcua.results.ResultIssued} and the domain types.
 */
@ApplicationModule(displayName = "Results",
        allowedDependencies = {"audit", "calendar", "catalogue", "catalogue :: domain", "dossier", "dossier :: domain", "organization",
                "organization :: domain", "platform", "signatures"})
package vn.motcua.results;

import org.springframework.modulith.ApplicationModule;
