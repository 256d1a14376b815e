package vn.motcua.audit;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.motcua.audit.persistence.AuditEntries;

/** Writes and reads the audit trail. Entries are written in the caller's transaction. */
@Service
public class AuditTrail {

    private final AuditEntries entries;

    AuditTrail(AuditEntries entries) {
        this.entries = entries;
    }

    public void record(AuditEntry entry) {
        entries.insert(entry);
    }

    /** The latest entries about one subject, newest first. */
    public List<AuditEntry> about(String subject, int limit) {
        return entries.about(subject, limit);
    }
}
