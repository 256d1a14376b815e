package vn.motcua.catalogue.persistence;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.catalogue.domain.Synonyms;
import vn.motcua.platform.domain.InvalidValueException;

/** The {@code catalogue_synonym} table: phrases people type and what the catalogue search reads them as. */
@Repository
public class SynonymRows {

    /** The most synonyms kept: the search reads them all on every query. */
    public static final int MAX = 2_000;

    private final JdbcClient jdbc;

    SynonymRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Synonyms.Synonym> all() {
        return jdbc.sql("select phrase, means from catalogue_synonym order by phrase")
                .query((rs, n) -> new Synonyms.Synonym(rs.getString("phrase"), rs.getString("means"))).list();
    }

    public void add(Synonyms.Synonym synonym, String actor) {
        if (jdbc.sql("select count(*) from catalogue_synonym").query(Long.class).single() >= MAX) {
            throw new InvalidValueException("synonym.tooMany", "At most " + MAX + " synonyms");
        }
        try {
            jdbc.sql("insert into catalogue_synonym (phrase, means, added_by) values (?, ?, ?)")
                    .params(synonym.phrase(), synonym.means(), actor).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidValueException("synonym.taken", "That phrase already has a meaning");
        }
    }

    public boolean remove(String phrase) {
        return jdbc.sql("delete from catalogue_synonym where phrase = ?").param(phrase).update() == 1;
    }
}
