/**
 * Fees and charges (phí, lệ phí): the fee each dossier owes from the procedure version it was received under, with the
 * exemptions and reductions that version lists; cash collected at the counter with an electronic receipt (numbered per
 * office and year, signed), each officer's cash book of the day closed by the leader; online payment through the
 * VNPAY protocol (a demo gateway speaking the same protocol in the demo profile); refunds for dossiers refused or
 * stopped; the day's reconciliation. Published API: {@link vn.motcua.fees.DossierFees},
 * {@link vn.motcua.fees.OnlinePayments}, {@link vn.motcua.fees.CashBooks}, {@link vn.motcua.fees.FeeReconciliation}.
 */
@ApplicationModule(displayName = "Fees",
        allowedDependencies = {"audit", "calendar", "catalogue", "catalogue :: domain", "documents", "dossier",
                "dossier :: domain", "identity", "identity :: domain", "organization", "organization :: domain", "platform",
                "signatures"})
package vn.motcua.fees;

import org.springframework.modulith.ApplicationModule;
