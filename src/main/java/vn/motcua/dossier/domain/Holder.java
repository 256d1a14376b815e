package vn.motcua.dossier.domain;

import java.util.Objects;

/**
 * Who holds a dossier, or receives it at a hand-over ("Đang ở", "Bên nhận" of form 06): the officer who received
 * it, a unit named by the procedure's steps or by the officer who transferred it, or one of the path's parties.
 * Stored as its kind; the parties' words are the interface's (messages {@code holder.*}).
 *
 * @param name the officer's username for {@link Kind#OFFICER}, the unit's name for {@link Kind#UNIT}; else none
 */
public record Holder(Kind kind, String name) {

    public enum Kind {
        /** The officer who received the dossier, before it is transferred. */
        OFFICER,
        /** A unit by name. */
        UNIT,
        /** The specialist unit, when neither the procedure nor the officer names one. */
        SPECIALIST_UNIT,
        /** The leader who signs. */
        LEADER,
        /** The one-stop desk. */
        DESK,
        /** The citizen or organisation the result is returned to. */
        APPLICANT;

        boolean named() {
            return this == OFFICER || this == UNIT;
        }
    }

    public Holder {
        Objects.requireNonNull(kind, "kind");
        if (kind.named() != (name != null && !name.isBlank())) {
            throw new IllegalArgumentException("Only an officer or a unit has a name: " + kind + " " + name);
        }
    }

    public static Holder of(Kind kind) {
        return new Holder(kind, null);
    }

    public static Holder officer(String username) {
        return new Holder(Kind.OFFICER, username);
    }

    public static Holder unit(String name) {
        return new Holder(Kind.UNIT, name);
    }

    public boolean is(Kind kind) {
        return this.kind == kind;
    }
}
