package vn.motcua.fees.domain;

/** What a command to a dossier's fee decided: the fee after it, or the reason it was refused. */
public sealed interface FeeDecision {

    record Made(DossierFee fee) implements FeeDecision {
    }

    record Refused(FeeRefusal reason) implements FeeDecision {
    }
}
