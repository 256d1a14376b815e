package vn.motcua.dossier.domain;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * A document of the checklist as received: its name, how many copies, and the stored scan (a storage key;
 * none for documents only shown for comparison).
 */
public record ReceivedDocument(String name, int copies, String scanKey, String scanType) {

    public ReceivedDocument {
        name = Text.required(name, 500, "document.name");
        if (copies < 0 || copies > 99) {
            throw new InvalidValueException("document.copies", "Copies are 0 to 99");
        }
    }
}
