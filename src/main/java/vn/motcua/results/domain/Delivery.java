package vn.motcua.results.domain;

/** How a result goes back to the citizen: the signed paper, the electronic copy (with legal value), or both. */
public enum Delivery {
    PAPER, ELECTRONIC, BOTH;

    public boolean electronic() {
        return this != PAPER;
    }
}
