package vn.motcua.dossier.domain;

import java.time.LocalDateTime;

/** One accepted transition of a dossier: what, from which status to which, who, when, and why. */
public record Transition(Action action, DossierStatus from, DossierStatus to, String by, LocalDateTime at, String note) {
}
