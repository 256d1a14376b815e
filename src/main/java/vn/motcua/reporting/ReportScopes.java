package vn.motcua.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;

/**
 * Whose figures a leader may read: their own office and every agency below it (a parent agency reads its whole
 * subtree at once). Leaders and administrators only.
 */
@Service
public class ReportScopes {

    /**
     * An agency and the offices its figures add up: itself and every agency below it ({@code offices}, for the facts
     * of each dossier), the agency's own counters (which roll its subtree up) and the agencies right below it (the
     * rows of a breakdown by unit).
     */
    public record Scope(AgencyCode code, String name, List<AgencyCode> offices, Map<AgencyCode, String> names,
            List<AgencyCode> children, Map<AgencyCode, AgencyCode> unitOf) {

        public Scope(AgencyCode code, String name, List<AgencyCode> offices, Map<AgencyCode, String> names) {
            this(code, name, offices, names, List.of(), Map.of());
        }

        /** The offices of one agency right below the scope's: that agency and everything below it. */
        public List<AgencyCode> officesOf(AgencyCode unit) {
            return offices.stream().filter(o -> unit.equals(unitOf.get(o))).toList();
        }

        /** The name of an office of the scope, by its code as the counters key it; the code when unknown. */
        public String nameOf(String code) {
            return offices.stream().filter(o -> o.value().equals(code)).findFirst().map(names::get).orElse(code);
        }

        public boolean isGroup() {
            return offices.size() > 1;
        }

        /** The rows of the counters that hold the scope's figures: the agency's own (they include its subtree). */
        public List<AgencyCode> counted() {
            return List.of(code);
        }
    }

    private final Offices agencies;

    ReportScopes(Offices agencies) {
        this.agencies = agencies;
    }

    /** The scope of the code (the member's own office when empty), if the member may read it; empty if unknown. */
    public Optional<Scope> of(OfficeMember me, String code) {
        if (!me.isAdmin() && !me.holds("LEADER")) {
            throw new AccessDeniedException(me.getUsername() + " does not read the statistics");
        }
        AgencyCode own = AgencyCode.of(me.officeCode());
        AgencyCode target;
        try {
            target = code == null || code.isBlank() ? own : AgencyCode.of(code);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        var agency = agencies.find(target);
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        if (!agencies.isWithin(target, own)) {
            throw new AccessDeniedException(me.getUsername() + " may not read the figures of " + target);
        }
        var tree = agencies.subtreeOf(target);
        var parents = new java.util.HashMap<AgencyCode, AgencyCode>();
        tree.forEach(a -> parents.put(a.code(), a.parentCode()));
        var unitOf = new java.util.HashMap<AgencyCode, AgencyCode>();
        for (var a : tree) {
            AgencyCode unit = a.code();
            while (parents.get(unit) != null && !parents.get(unit).equals(target) && parents.containsKey(parents.get(unit))) {
                unit = parents.get(unit);
            }
            if (!a.code().equals(target)) {
                unitOf.put(a.code(), unit);
            }
        }
        return Optional.of(new Scope(target, agency.get().name(), tree.stream().map(a -> a.code()).toList(),
                tree.stream().collect(Collectors.toMap(a -> a.code(), a -> a.name(), (a, b) -> a, java.util.LinkedHashMap::new)),
                tree.stream().filter(a -> target.equals(a.parentCode())).map(a -> a.code()).toList(), unitOf));
    }

    /** The agencies the member may choose between: their office and those below it. */
    public Map<String, String> choices(OfficeMember me) {
        return agencies.subtreeOf(AgencyCode.of(me.officeCode())).stream()
                .collect(Collectors.toMap(a -> a.code().value(), a -> a.name(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
