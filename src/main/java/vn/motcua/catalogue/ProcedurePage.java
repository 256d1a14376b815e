package vn.motcua.catalogue;

import java.util.List;

/** One page of a catalogue search; {@code page} counts from 0. */
public record ProcedurePage(List<ProcedureSummary> items, int page, int size, long total) {

    public ProcedurePage {
        items = List.copyOf(items);
    }

    public long pages() {
        return (total + size - 1) / size;
    }
}
