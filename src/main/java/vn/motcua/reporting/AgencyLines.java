package vn.motcua.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;

/**
 * An office and the agencies above it, as the counters roll up: read from the agency tree as it is when an event
 * is counted (an office moved to another parent later keeps its past counts under the old one).
 */
@Component
class AgencyLines {

    static final int MAX_DEPTH = 10;

    private final Offices offices;

    AgencyLines(Offices offices) {
        this.offices = offices;
    }

    /** A resolver that remembers what it has read, for one batch of events. */
    java.util.function.Function<String, List<String>> forBatch() {
        Map<String, List<String>> known = new HashMap<>();
        return office -> known.computeIfAbsent(office, this::line);
    }

    private List<String> line(String office) {
        var line = new ArrayList<String>(List.of(office));
        AgencyCode current = AgencyCode.of(office);
        for (int i = 0; i < MAX_DEPTH; i++) {
            var parent = offices.find(current).flatMap(a -> a.parent());
            if (parent.isEmpty() || line.contains(parent.get().value())) {
                break;
            }
            line.add(parent.get().value());
            current = parent.get();
        }
        return line;
    }
}
