package vn.motcua.dossier.domain;

import java.util.List;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * The limits of what a dossier takes, the same for the counter's forms and the API (README, "Limits"): no procedure
 * has more than a few dozen documents or missing items, a consultation is answered within weeks, and a note is a few
 * paragraphs. Beyond them a request is refused, naming the field, before anything is stored.
 */
public final class DossierLimits {

    /** Documents received with one dossier (the checklist and any others). */
    public static final int DOCUMENTS = 100;
    /** Items listed in one supplement request, and the length of each. */
    public static final int SUPPLEMENT_ITEMS = 100;
    public static final int SUPPLEMENT_ITEM_LENGTH = 500;
    /** A note, reason or question of a transition. */
    public static final int NOTE_LENGTH = 2_000;
    /** The name of an agency outside MotCua that is consulted. */
    public static final int AGENCY_LENGTH = 300;
    /** The working days a consulted agency is given. */
    public static final int CONSULTATION_MIN_DAYS = 1;
    public static final int CONSULTATION_MAX_DAYS = 60;

    private DossierLimits() {
    }

    static void documents(List<?> documents) {
        if (documents.size() > DOCUMENTS) {
            throw new InvalidValueException("documents.tooMany", "At most " + DOCUMENTS + " documents");
        }
    }

    static void supplementItems(List<String> items) {
        if (items.size() > SUPPLEMENT_ITEMS) {
            throw new InvalidValueException("items.tooMany", "At most " + SUPPLEMENT_ITEMS + " missing items");
        }
        if (items.stream().anyMatch(i -> i != null && i.strip().length() > SUPPLEMENT_ITEM_LENGTH)) {
            throw new InvalidValueException("items.tooLong", "An item has at most " + SUPPLEMENT_ITEM_LENGTH + " characters");
        }
    }

    static void note(String note) {
        if (note != null && note.strip().length() > NOTE_LENGTH) {
            throw new InvalidValueException("note.tooLong", "At most " + NOTE_LENGTH + " characters");
        }
    }

    static void consultationDays(int workingDays) {
        if (workingDays < CONSULTATION_MIN_DAYS || workingDays > CONSULTATION_MAX_DAYS) {
            throw new InvalidValueException("workingDays.outOfRange",
                    "From " + CONSULTATION_MIN_DAYS + " to " + CONSULTATION_MAX_DAYS + " working days");
        }
    }
}
