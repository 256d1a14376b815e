package vn.motcua.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.database.SharedCaches;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.organization.domain.AgencyKind;
import vn.motcua.organization.persistence.AgencyRows;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SearchText;

/** The register of agencies: the organization module's published API. */
@Service
public class Offices {

    /** Successor chains longer than this are a data error, not history. */
    static final int MAX_SUCCESSIONS = 20;

    private final AgencyRows rows;
    private final AuditTrail audit;
    private final Clock clock;
    private final SharedCaches shared;

    /** The name under which what other modules remember of agencies (names, parents) is forgotten on a change. */
    public static final String NAMES = "agency";

    Offices(AgencyRows rows, AuditTrail audit, Clock clock, SharedCaches shared) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.shared = shared;
    }

    public Optional<Agency> find(AgencyCode code) {
        return rows.find(code);
    }

    /** Every registered agency, ordered by code. */
    public List<Agency> all() {
        return rows.all();
    }

    /** The agency and every agency below it, ordered by code. */
    public List<Agency> subtreeOf(AgencyCode root) {
        return rows.subtreeOf(root);
    }

    /** The agencies of the subtree whose code or name contains every word, diacritics ignored. */
    public List<Agency> search(AgencyCode root, String text) {
        String[] words = SearchText.of(text == null ? "" : text).split(" ");
        return subtreeOf(root).stream()
                .filter(a -> {
                    String haystack = SearchText.of(a.code().value() + " " + a.name());
                    for (String w : words) {
                        if (!w.isEmpty() && !haystack.contains(w)) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
    }

    /** Whether {@code code} is {@code root} or below it. */
    public boolean isWithin(AgencyCode code, AgencyCode root) {
        return subtreeOf(root).stream().anyMatch(a -> a.code().equals(code));
    }

    /**
     * The agency that answers for the code on the day: the agency itself while its code is valid, else its
     * successor (followed along the chain of mergers). Empty when the code is unknown or ended without one.
     */
    public Optional<Agency> current(AgencyCode code, LocalDate day) {
        Optional<Agency> agency = find(code);
        for (int i = 0; i < MAX_SUCCESSIONS && agency.isPresent(); i++) {
            Agency a = agency.get();
            if (a.isValidOn(day) || a.successor() == null) {
                return a.isValidOn(day) ? agency : Optional.empty();
            }
            agency = find(a.successor());
        }
        return Optional.empty();
    }

    /** The codes this agency replaced, directly or through earlier mergers. */
    public List<Agency> predecessorsOf(AgencyCode code) {
        var found = new ArrayList<Agency>();
        var frontier = new ArrayList<>(List.of(code));
        while (!frontier.isEmpty() && found.size() < 1000) {
            AgencyCode next = frontier.removeFirst();
            List<Agency> direct = rows.succeededBy(next);
            found.addAll(direct);
            direct.forEach(a -> frontier.add(a.code()));
        }
        return found;
    }

    /** Adds the agency, or renames and re-parents it when its code is already registered. */
    @Transactional
    public Agency register(Agency agency) {
        agency.parent().ifPresent(parent -> {
            if (find(parent).isEmpty()) {
                throw new UnknownAgencyException(parent);
            }
        });
        rows.upsert(agency);
        shared.changed(NAMES, agency.code().value());
        return agency;
    }

    /** An administrator adds an agency below one they administer. */
    @Transactional
    public Agency add(Agency agency, String actor) {
        if (find(agency.code()).isPresent()) {
            throw new InvalidValueException("agency.code.taken", "The code " + agency.code() + " is already registered");
        }
        register(agency);
        change(agency.code(), agency.name(), agency.kind(), agency.validFrom(), actor, "agency.created");
        return agency;
    }

    /** Renames an agency, changes its kind or the day its code became valid. */
    @Transactional
    public Agency change(AgencyCode code, String name, AgencyKind kind, LocalDate validFrom, String actor) {
        return change(code, name, kind, validFrom, actor, "agency.changed");
    }

    private Agency change(AgencyCode code, String name, AgencyKind kind, LocalDate validFrom, String actor, String action) {
        Agency before = find(code).orElseThrow(() -> new UnknownAgencyException(code));
        Agency after = before.renamed(name, kind, validFrom);
        rows.rename(after);
        shared.changed(NAMES, code.value());
        record(actor, after, action, after.name() + " (" + after.kind() + "), valid from " + after.validFrom());
        return after;
    }

    /**
     * Retires a code after its last day and names the agency that took over (a merger): dossiers and
     * integrations that still use the old code are answered by the successor.
     */
    @Transactional
    public Agency retire(AgencyCode code, LocalDate lastDay, AgencyCode successor, String actor) {
        Agency before = find(code).orElseThrow(() -> new UnknownAgencyException(code));
        if (successor != null) {
            Agency next = find(successor).orElseThrow(() -> new UnknownAgencyException(successor));
            if (current(next.code(), lastDay.plusDays(1)).map(a -> a.code().equals(code)).orElse(false)
                    || predecessorsOf(code).stream().anyMatch(a -> a.code().equals(successor))) {
                throw new InvalidValueException("agency.successor.cycle", "The successor was itself replaced by this code");
            }
        }
        Agency after = before.retiredAfter(lastDay, successor);
        rows.retire(code, lastDay, successor);
        shared.changed(NAMES, code.value());
        record(actor, after, "agency.retired", "valid until " + lastDay + (successor == null ? "" : ", succeeded by " + successor));
        return after;
    }

    private void record(String actor, Agency agency, String action, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor, agency.code().value(), action, "agency:" + agency.code(), detail));
    }
}
