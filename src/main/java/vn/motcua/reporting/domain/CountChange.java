package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.organization.domain.AgencyCode;

/**
 * What one dossier event adds to the counters of its office, on the day it counts for, under each key of the
 * dossier (the total, its field, procedure, officer, channel and each service model that applied). The same
 * functions count an event as it happens (the projector) and a whole history at once (a bulk load, a recount),
 * so both always agree.
 */
public record CountChange(AgencyCode office, LocalDate day, List<Key> keys, DayCounts counts) {

    /** One breakdown a dossier counts under. */
    public record Key(Dimension dimension, String value) {
    }

    /** Received: on the day of reception, under the receiving officer. */
    public static CountChange received(DossierFact f) {
        return new CountChange(f.office(), f.receivedAt().toLocalDate(), f.keys(f.receivedBy()),
                DayCounts.oneReceived(f.assisted()));
    }

    /** Closed (result ready, refused or stopped): on the day it closed, under the officer who handled it. */
    public static CountChange closed(DossierFact f) {
        boolean sameDay = f.closedAt().toLocalDate().equals(f.receivedAt().toLocalDate());
        DayCounts counts = f.closing().judged()
                ? DayCounts.oneFinished(f.timeliness(), f.closing() == Closing.REFUSED, sameDay) : DayCounts.oneStopped();
        return new CountChange(f.office(), f.closedAt().toLocalDate(), f.keys(f.handledBy()), counts);
    }

    /** The result handed to the applicant: on the day it was returned, under the receiving officer. */
    public static CountChange returned(DossierFact f) {
        boolean sameDay = f.returnedAt().toLocalDate().equals(f.receivedAt().toLocalDate());
        return new CountChange(f.office(), f.returnedAt().toLocalDate(), f.keys(f.receivedBy()),
                DayCounts.oneReturned(sameDay));
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
