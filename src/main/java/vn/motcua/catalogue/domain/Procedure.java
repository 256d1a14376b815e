package vn.motcua.catalogue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.motcua.platform.domain.InvalidValueException;

/** A procedure and its dated versions, oldest first. */
public record Procedure(ProcedureCode code, List<ProcedureVersion> versions) {

    public Procedure {
        if (versions.isEmpty()) {
            throw new InvalidValueException("procedure.versions", "A procedure has at least one version");
        }
        if (versions.stream().anyMatch(v -> !v.code().equals(code))) {
            throw new InvalidValueException("procedure.versions", "Every version must carry the code " + code);
        }
        var sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(ProcedureVersion::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new InvalidValueException("procedure.versions", "Two versions of " + code + " start on the same day");
            }
        }
        versions = List.copyOf(sorted);
    }

    /** The version in force on the day, or empty before the first one. */
    public Optional<ProcedureVersion> versionOn(LocalDate day) {
        ProcedureVersion found = null;
        for (ProcedureVersion v : versions) {
            if (!v.effectiveFrom().isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    public ProcedureVersion latest() {
        return versions.getLast();
    }
}
