package vn.motcua.dossier;

import vn.motcua.dossier.domain.WorkListSearch;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * A work list as asked for: the search box, the tab, the filters and the page (from 1).
 *
 * @param procedure a procedure code, or null for every procedure
 * @param field a field of the catalogue, or null for every field
 */
public record WorkListQuery(WorkListSearch search, WorkListTab tab, String procedure, String field, Due due, int page) {

    /** Where the dossiers stand against their due time. */
    public enum Due { ANY, OVERDUE, DUE_SOON }

    public static final int PAGE_SIZE = 20;
    /** Paging stops here; a longer list is narrowed by searching or filtering. */
    public static final int MAX_PAGE = 100;

    public WorkListQuery {
        search = search == null ? WorkListSearch.NONE : search;
        tab = tab == null ? WorkListTab.MINE : tab;
        due = due == null ? Due.ANY : due;
        procedure = blankToNull(procedure, 40, "procedure");
        field = blankToNull(field, 200, "field");
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidValueException("workList.page", "Pages run from 1 to " + MAX_PAGE);
        }
    }

    /** The officer's own list, first page. */
    public static WorkListQuery mine() {
        return new WorkListQuery(WorkListSearch.NONE, WorkListTab.MINE, null, null, Due.ANY, 1);
    }

    public WorkListQuery onTab(WorkListTab other) {
        return new WorkListQuery(search, other, procedure, field, due, 1);
    }

    private static String blankToNull(String value, int max, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidValueException("workList." + name + ".tooLong", name + " has at most " + max + " characters");
        }
        return text;
    }
}
