package vn.motcua.demo.history;

import vn.motcua.dossier.DossierBulkLoad;
import vn.motcua.survey.domain.Answers;

/** One generated dossier with the citizen's evaluation, if the citizen gave one. */
final class HistoryBatch {

    record Item(DossierBulkLoad.Loaded loaded, Answers evaluation) {
    }

    private HistoryBatch() {
    }
}
