package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

import vn.motcua.calendar.domain.Timeliness;
import vn.motcua.dossier.domain.DossierData;

/**
 * One page of a work list, with the count of every tab under the same search and filters.
 *
 * @param rows the page's dossiers in the list's order
 * @param counts each tab's count
 * @param pages how many pages the tab's list has, at most {@link WorkListQuery#MAX_PAGE}
 */
public record WorkListPage(WorkListQuery query, List<Row> rows, Map<WorkListTab, Count> counts, int pages) {

    /**
     * A dossier on the list with its timeliness now and the applicant's name as this office may see it (masked
     * for an office that is only consulted on it).
     */
    public record Row(DossierData dossier, Timeliness.Verdict verdict, String applicantName, boolean masked) {
    }

    /** A count; {@code atLeast} when counting stopped at the cap (shown as "2.000+"). */
    public record Count(long value, boolean atLeast) {

        Count plus(Count other) {
            return new Count(value + other.value, atLeast || other.atLeast);
        }
    }

    public Count total() {
        return counts.get(query.tab());
    }
}
