package vn.motcua.catalogue;

import java.util.List;

/**
 * Which procedures citizens ask for most, for the catalogue's first page and its "nothing found" page. The catalogue
 * cannot count dossiers itself (the dossier and reporting modules build on it); the reporting module answers from its
 * counters. Without an answer the catalogue shows none.
 */
public interface ProcedureDemand {

    /** Procedure codes, the most received first, over the last twelve months, at most {@code limit}. */
    List<String> mostRequested(int limit);
}
