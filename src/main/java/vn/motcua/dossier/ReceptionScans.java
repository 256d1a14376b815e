package vn.motcua.dossier;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.domain.Scan;
import vn.motcua.dossier.persistence.HeldScanRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/**
 * Scans attached at the counter are never lost to an error elsewhere in the form: each one is held under the officer and
 * the form's submission key as soon as it arrives, listed on the form, and attached when the form is accepted.
 */
@Service
public class ReceptionScans {

    /** The most scans one reception form holds. */
    public static final int MAX_SCANS = 20;

    private final HeldScanRows rows;

    ReceptionScans(HeldScanRows rows) {
        this.rows = rows;
    }

    public List<HeldScanRows.Held> held(OfficeMember member, String key) {
        return rows.held(member.getUsername(), key);
    }

    /** Holds the scan with the form's others, refused past {@link #MAX_SCANS}. */
    @Transactional
    public void hold(OfficeMember member, String key, Scan scan) {
        if (rows.held(member.getUsername(), key).size() >= MAX_SCANS) {
            throw new InvalidValueException("scans.tooMany", "A reception form holds at most " + MAX_SCANS + " scans");
        }
        rows.hold(member.getUsername(), key, scan);
    }

    public void drop(OfficeMember member, String key, Collection<UUID> ids) {
        rows.drop(member.getUsername(), key, ids);
    }

    /** The form's scans, with their bytes, to attach to the dossier. */
    public List<Scan> scans(OfficeMember member, String key) {
        return rows.scans(member.getUsername(), key);
    }

    public void release(OfficeMember member, String key) {
        rows.release(member.getUsername(), key);
    }
}
