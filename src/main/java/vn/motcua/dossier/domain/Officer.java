package vn.motcua.dossier.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.motcua.organization.domain.AgencyCode;

/** The member of staff acting on a dossier: who, in which office, with which duties. */
public record Officer(String username, AgencyCode office, Set<Duty> duties) {

    public Officer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(office, "office");
        duties = duties == null || duties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(duties));
    }

    public boolean has(Duty duty) {
        return duties.contains(duty);
    }
}
