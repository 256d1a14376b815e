package vn.motcua.catalogue;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.domain.Synonyms;
import vn.motcua.catalogue.persistence.SynonymRows;
import vn.motcua.platform.security.OfficeMember;

/**
 * The phrases the catalogue search understands, kept as data: read on every search (a small table, so every instance
 * sees an administrator's change at once), extended and pruned by the catalogue's administrators, each change audited.
 */
@Service
public class CatalogueSynonyms {

    private final SynonymRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    CatalogueSynonyms(SynonymRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    public Synonyms current() {
        return new Synonyms(rows.all());
    }

    public List<Synonyms.Synonym> list() {
        return rows.all();
    }

    @Transactional
    public void add(String phrase, String means, OfficeMember member) {
        var synonym = new Synonyms.Synonym(phrase, means);
        rows.add(synonym, member.getUsername());
        audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "catalogue.synonym.added",
                "synonym:" + synonym.phrase(), synonym.phrase() + " → " + synonym.means()));
    }

    @Transactional
    public void remove(String phrase, OfficeMember member) {
        if (phrase != null && phrase.length() <= Synonyms.Synonym.MAX_PHRASE && rows.remove(phrase)) {
            audit.record(new AuditEntry(clock.instant(), member.getUsername(), member.officeCode(), "catalogue.synonym.removed",
                    "synonym:" + phrase, phrase));
        }
    }
}
