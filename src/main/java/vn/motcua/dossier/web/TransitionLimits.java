package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.dossier.domain.DossierLimits;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.DateParameters;

/**
 * The limits of a transition's input ({@link DossierLimits}), checked where it enters from the page's form or the
 * API, so that both refuse the same values with the field's name before the dossier is loaded.
 */
final class TransitionLimits {

    private TransitionLimits() {
    }

    static void check(String note, String question, String agency, String unit, List<String> items, Integer workingDays,
            LocalDateTime newDueAt) {
        text("note", note, DossierLimits.NOTE_LENGTH);
        text("question", question, DossierLimits.NOTE_LENGTH);
        text("agency", agency, DossierLimits.AGENCY_LENGTH);
        text("unit", unit, DossierLimits.NOTE_LENGTH);
        if (items != null && items.size() > DossierLimits.SUPPLEMENT_ITEMS) {
            throw new BadParameterException("items", "At most " + DossierLimits.SUPPLEMENT_ITEMS + " missing items");
        }
        if (items != null && items.stream().anyMatch(i -> i != null && i.strip().length() > DossierLimits.SUPPLEMENT_ITEM_LENGTH)) {
            throw new BadParameterException("items", "A missing item has at most " + DossierLimits.SUPPLEMENT_ITEM_LENGTH + " characters");
        }
        if (workingDays != null && (workingDays < DossierLimits.CONSULTATION_MIN_DAYS || workingDays > DossierLimits.CONSULTATION_MAX_DAYS)) {
            throw new BadParameterException("workingDays", "From " + DossierLimits.CONSULTATION_MIN_DAYS + " to "
                    + DossierLimits.CONSULTATION_MAX_DAYS + " working days");
        }
        if (newDueAt != null) {
            DateParameters.supported("newDueAt", newDueAt.toLocalDate());
        }
    }

    /** The documents of an acceptance: at most {@link DossierLimits#DOCUMENTS}. */
    static void documents(List<?> documents) {
        if (documents != null && documents.size() > DossierLimits.DOCUMENTS) {
            throw new BadParameterException("documents", "At most " + DossierLimits.DOCUMENTS + " documents");
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new BadParameterException(field, "'" + field + "' has at most " + max + " characters");
        }
    }
}
