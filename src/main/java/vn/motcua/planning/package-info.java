/**
 * Planning (issue 23): the what-if simulator a leader runs before adopting a model or changing staff or hours — an
 * office's past period replayed as it was and as changed, in the background, with its progress and result kept in
 * PostgreSQL. Published API: {@link vn.motcua.planning.Simulations}.
 */
@ApplicationModule(displayName = "Planning",
        allowedDependencies = {"audit", "calendar", "calendar :: domain", "catalogue :: domain", "dossier", "dossier :: domain", "organization",
                "organization :: domain", "platform", "queue", "reporting", "servicemodel", "servicemodel :: domain"})
package vn.motcua.planning;

import org.springframework.modulith.ApplicationModule;
