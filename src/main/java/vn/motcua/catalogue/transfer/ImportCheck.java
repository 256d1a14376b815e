package vn.motcua.catalogue.transfer;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.domain.CatalogueTable;

/**
 * What a dry run found in a file: why it cannot be read at all, or every problem of every row, or what an
 * import would do (how many procedures are new and how many get a new version).
 */
public record ImportCheck(String fileName, LocalDate effectiveFrom, Refusal refusal, CatalogueTable.Result table,
        int added, int changed) {

    /** The file as a whole was refused before its rows were read. */
    public record Refusal(String code, String detail, String message) {
    }

    public boolean isValid() {
        return refusal == null && table.isValid() && !table.entries().isEmpty();
    }

    public List<CatalogueTable.Problem> problems() {
        return table == null ? List.of() : table.problems();
    }

    /** A valid table with no rows is nothing to import. */
    public boolean isEmptyTable() {
        return refusal == null && table.isValid() && table.entries().isEmpty();
    }
}
