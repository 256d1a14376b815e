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

    /** An agency and the offices its figures add up: itself and every agency below it. */
    public record Scope(String code, String name, List<String> offices, Map<String, String> names) {

        public boolean isGroup() {
            return offices.size() > 1;
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
        return Optional.of(new Scope(target.value(), agency.get().name(), tree.stream().map(a -> a.code().value()).toList(),
                tree.stream().collect(Collectors.toMap(a -> a.code().value(), a -> a.name(), (a, b) -> a, java.util.LinkedHashMap::new))));
    }

    /** The agencies the member may choose between: their office and those below it. */
    public Map<String, String> choices(OfficeMember me) {
        return agencies.subtreeOf(AgencyCode.of(me.officeCode())).stream()
                .collect(Collectors.toMap(a -> a.code().value(), a -> a.name(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
