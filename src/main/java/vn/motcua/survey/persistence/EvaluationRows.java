package vn.motcua.survey.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.survey.domain.Answers;
import vn.motcua.survey.domain.Criterion;

/**
 * The {@code evaluation} table: one evaluation per dossier (changeable for a while), walk-in evaluations per counter;
 * answers as JSON. Concurrent evaluations of one subject wait on an advisory lock of the transaction.
 */
@Repository
public class EvaluationRows {

    /** Who and what an evaluation is about. */
    public record Subject(String kind, String dossierCode, String office, Long counterId, String officer, String procedure) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EvaluationRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Holds the lock named {@code key} until the current transaction ends. */
    public void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(key).query(Object.class).single();
    }

    public Optional<Answers> ofDossier(String code) {
        return jdbc.sql("select answers, comment from evaluation where dossier_code = ?").param(code)
                .query((rs, n) -> answers(rs.getString(1), rs.getString(2))).optional();
    }

    /** Until when the dossier's evaluation may be changed, if it was given. */
    public Optional<Instant> changeableUntil(String dossierCode) {
        return jdbc.sql("select changeable_until from evaluation where dossier_code = ?").param(dossierCode)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public void changeDossiers(String dossierCode, Answers answers, Instant at, String addressHash) {
        jdbc.sql("""
                update evaluation set answers = cast(? as jsonb), overall = ?, comment = ?, updated_at = ?, address_hash = ?
                where dossier_code = ?
                """).params(write(answers), answers.score(Criterion.OVERALL), answers.comment(), Timestamp.from(at), addressHash,
                        dossierCode).update();
    }

    /** The latest evaluation of the counter from the address since {@code since}. */
    public Optional<Long> recentAtCounter(long counterId, String addressHash, Instant since) {
        return jdbc.sql("""
                select id from evaluation where counter_id = ? and address_hash = ? and created_at > ?
                order by created_at desc limit 1
                """).params(counterId, addressHash, Timestamp.from(since)).query(Long.class).optional();
    }

    public void change(long id, Answers answers, Instant at) {
        jdbc.sql("update evaluation set answers = cast(? as jsonb), overall = ?, comment = ?, updated_at = ? where id = ?")
                .params(write(answers), answers.score(Criterion.OVERALL), answers.comment(), Timestamp.from(at), id).update();
    }

    public void insert(Subject s, Answers answers, String addressHash, Instant at, Instant changeableUntil) {
        jdbc.sql("""
                insert into evaluation (kind, dossier_code, office_code, counter_id, officer, procedure_code, answers, overall,
                    comment, address_hash, created_at, updated_at, changeable_until)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
                """).params(s.kind(), s.dossierCode(), s.office(), s.counterId(), s.officer(), s.procedure(), write(answers),
                        answers.score(Criterion.OVERALL), answers.comment(), addressHash, Timestamp.from(at), Timestamp.from(at),
                        Timestamp.from(changeableUntil)).update();
    }

    /** A dossier's evaluation from a loaded history, no longer changeable; none if the dossier has one. */
    public void insertHistoric(Subject s, Answers answers, Instant at) {
        jdbc.sql("""
                insert into evaluation (kind, dossier_code, office_code, counter_id, officer, procedure_code, answers, overall,
                    comment, address_hash, created_at, updated_at, changeable_until)
                values ('DOSSIER', ?, ?, null, ?, ?, cast(? as jsonb), ?, ?, 'history', ?, ?, ?)
                on conflict do nothing
                """).params(s.dossierCode(), s.office(), s.officer(), s.procedure(), write(answers),
                        answers.score(Criterion.OVERALL), answers.comment(), Timestamp.from(at), Timestamp.from(at),
                        Timestamp.from(at)).update();
    }

    private String write(Answers answers) {
        return json.writeValueAsString(answers.chosen());
    }

    private Answers answers(String stored, String comment) {
        var map = new EnumMap<Criterion, String>(Criterion.class);
        json.readTree(stored).properties().forEach(e -> map.put(Criterion.valueOf(e.getKey()), e.getValue().asString()));
        return new Answers(map, comment);
    }
}
