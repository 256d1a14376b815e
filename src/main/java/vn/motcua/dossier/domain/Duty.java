package vn.motcua.dossier.domain;

/** What an officer may do to a dossier; the identity module's roles map onto these. */
public enum Duty {
    /** Receives, transfers, returns results, records supplements and stops. */
    RECEPTION,
    /** Processes the internal steps and asks for supplements. */
    SPECIALIST,
    /** Approves, refuses after review, signs apologies. */
    LEADER
}
