package vn.motcua.demo.history;

import java.util.List;
import java.util.Map;

import vn.motcua.organization.domain.AgencyCode;

/**
 * What an office's history is made of: its staff (receiving officers, specialists, leaders), the procedures its
 * citizens come for with their weights, and its segments in order.
 */
record OfficeHistory(AgencyCode office, long seed, List<String> receptionists, List<String> specialists, List<String> leaders,
        Map<String, Integer> procedures, List<Segment> segments) {

    OfficeHistory {
        if (receptionists.isEmpty() || specialists.isEmpty() || leaders.isEmpty() || procedures.isEmpty() || segments.isEmpty()) {
            throw new IllegalArgumentException("A history needs staff, procedures and at least one segment: " + office);
        }
        receptionists = List.copyOf(receptionists);
        specialists = List.copyOf(specialists);
        leaders = List.copyOf(leaders);
        procedures = Map.copyOf(procedures);
        segments = List.copyOf(segments);
    }

    /** The commune-level mix of a ward or commune: certification and civil status first, land last. */
    static final Map<String, Integer> COMMUNE_MIX = Map.ofEntries(Map.entry("2.000815", 30), Map.entry("2.000884", 10),
            Map.entry("1.001193", 10), Map.entry("1.000656", 3), Map.entry("1.000894", 4), Map.entry("1.004873", 8),
            Map.entry("2.000635", 5), Map.entry("1.004194", 5), Map.entry("1.004222", 4), Map.entry("1.001776", 3),
            Map.entry("1.001612", 3), Map.entry("1.013225", 2), Map.entry("2.999001", 3));
}
