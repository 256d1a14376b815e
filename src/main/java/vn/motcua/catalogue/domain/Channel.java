package vn.motcua.catalogue.domain;

/** How a dossier may be submitted and its result returned. */
public enum Channel {
    COUNTER, POST, ONLINE
}
