package vn.motcua.catalogue;

import vn.motcua.platform.domain.SearchText;
import vn.motcua.organization.domain.AgencyCode;

/**
 * A catalogue search: words of the name or a code (with or without diacritics), optionally a field and
 * an office that offers the procedure.
 */
public record CatalogueQuery(String text, String field, AgencyCode office, int page, int size) {

    public static final int MAX_SIZE = 100;

    public CatalogueQuery {
        text = SearchText.of(text);
        field = field == null || field.isBlank() ? null : field.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public String[] words() {
        return text.isEmpty() ? new String[0] : text.split(" ");
    }
}
