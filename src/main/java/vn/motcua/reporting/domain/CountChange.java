package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.calendar.domain.TimelinessClass;

/**
 * What one dossier event adds to the counters of its office, on the day it counts for, under each key of the
 * dossier (the total, its field, procedure, officer, channel and each service model that applied). The same
 * functions count an event as it happens (the projector) and a whole history at once (a bulk load, a recount),
 * so both always agree.
 */
public record CountChange(String office, LocalDate day, List<Key> keys, DayCounts counts) {

    /** One breakdown a dossier counts under. */
    public record Key(Dimension dimension, String value) {
    }

    /** Received: on the day of reception, under the receiving officer. */
    public static CountChange received(DossierFact f) {
        return new CountChange(f.office(), f.receivedAt().toLocalDate(), f.keys(f.receivedBy()),
                new DayCounts(1, f.assisted() ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** Closed (result ready, refused or stopped): on the day it closed, under the officer who handled it. */
    public static CountChange closed(DossierFact f) {
        boolean sameDay = f.closedAt().toLocalDate().equals(f.receivedAt().toLocalDate());
        DayCounts counts;
        if (f.closing().judged()) {
            TimelinessClass v = f.timeliness();
            counts = new DayCounts(0, 0, 1, v == TimelinessClass.EARLY ? 1 : 0, v == TimelinessClass.ON_TIME ? 1 : 0,
                    v == TimelinessClass.LATE ? 1 : 0, f.closing() == Closing.REFUSED ? 1 : 0, 0, sameDay ? 1 : 0, 0, 0);
        } else {
            counts = new DayCounts(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        }
        return new CountChange(f.office(), f.closedAt().toLocalDate(), f.keys(f.handledBy()), counts);
    }

    /** The result handed to the applicant: on the day it was returned, under the receiving officer. */
    public static CountChange returned(DossierFact f) {
        boolean sameDay = f.returnedAt().toLocalDate().equals(f.receivedAt().toLocalDate());
        return new CountChange(f.office(), f.returnedAt().toLocalDate(), f.keys(f.receivedBy()),
                new DayCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, sameDay ? 1 : 0));
    }

    /** Every change a dossier's whole history so far adds up to (for bulk loads and recounts). */
    public static List<CountChange> all(DossierFact f) {
        var changes = new java.util.ArrayList<CountChange>();
        changes.add(received(f));
        if (f.isClosed()) {
            changes.add(closed(f));
        }
        if (f.returnedAt() != null) {
            changes.add(returned(f));
        }
        return changes;
    }
}
