/**
 * The citizens' satisfaction survey: signed QR tokens bound to a dossier (on form 01) or to a counter (on its
 * poster), the questions of Circular 01/2018 a citizen can answer, and the guards against stuffing. Published
 * API: {@link vn.motcua.survey.SurveyTokens}, {@link vn.motcua.survey.Evaluations} and the domain types.
 */
@ApplicationModule(displayName = "Survey",
        allowedDependencies = {
        "calendar", "dossier", "dossier :: domain", "identity", "identity :: domain", "organization", "organization :: domain",
        "platform"})
package vn.motcua.survey;

import org.springframework.modulith.ApplicationModule;
