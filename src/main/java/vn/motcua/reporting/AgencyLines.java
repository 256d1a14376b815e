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
    java.util.function.Function<AgencyCode, List<AgencyCode>> forBatch() {
        Map<AgencyCode, List<AgencyCode>> known = new HashMap<>();
        return office -> known.computeIfAbsent(office, this::line);
    }

    private List<AgencyCode> line(AgencyCode office) {
        var line = new ArrayList<AgencyCode>(List.of(office));
        AgencyCode current = office;
        for (int i = 0; i < MAX_DEPTH; i++) {
            var parent = offices.find(current).flatMap(a -> a.parent());
            if (parent.isEmpty() || line.contains(parent.get())) {
                break;
            }
            line.add(parent.get());
            current = parent.get();
        }
        return line;
    }
}
