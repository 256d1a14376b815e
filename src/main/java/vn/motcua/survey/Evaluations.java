package vn.motcua.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.organization.Desks;
import vn.motcua.platform.domain.RequestRate;
import vn.motcua.survey.domain.Answers;
import vn.motcua.survey.domain.Criterion;
import vn.motcua.survey.domain.SurveyToken;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.identity.StaffAccounts;

/**
 * Stores citizens' evaluations. A dossier has one evaluation, which its citizen may change for a few days; a
 * counter's poster collects one per walk-in, and a second one from the same address at the same counter within a
 * few minutes replaces the first (a correction, or a flood, counts once). An address may send a limited number of
 * evaluations an hour; beyond that it is thanked and nothing is stored.
 */
@Service
public class Evaluations {

    /** What became of a submission. */
    public enum Outcome { SAVED, CHANGED, LOCKED, TOO_MANY, UNKNOWN_SUBJECT }

    private final JdbcClient jdbc;
    private final PublicDossiers dossiers;
    private final Desks desks;
    private final StaffAccounts staff;
    private final Clock clock;
    private final Duration changeable;
    private final Duration duplicateWindow;
    private final RequestRate perAddress;
    private final JsonMapper json;

    Evaluations(JdbcClient jdbc, PublicDossiers dossiers, Desks desks, StaffAccounts staff, Clock clock,
            @Value("${motcua.survey.change-days:7}") int changeDays,
            @Value("${motcua.survey.counter-duplicate-window:10m}") Duration duplicateWindow,
            @Value("${motcua.survey.per-address-per-hour:20}") int perHour, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.dossiers = dossiers;
        this.desks = desks;
        this.staff = staff;
        this.clock = clock;
        this.changeable = Duration.ofDays(changeDays);
        this.duplicateWindow = duplicateWindow;
        this.perAddress = new RequestRate(perHour, Duration.ofHours(1));
    }

    /** The evaluation already given for the dossier, if any (to show it again for changing). */
    public Optional<Answers> ofDossier(String code) {
        return jdbc.sql("select answers, comment from evaluation where dossier_code = ?").param(code)
                .query((rs, n) -> answers(rs.getString(1), rs.getString(2))).optional();
    }

    @Transactional
    public Outcome submit(SurveyToken token, Answers answers, String addressHash) {
        if (!perAddress.tryAcquire(addressHash)) {
            return Outcome.TOO_MANY;
        }
        return token.kind() == SurveyToken.Kind.DOSSIER ? forDossier(token.subject(), answers, addressHash)
                : forCounter(Long.parseLong(token.subject()), answers, addressHash);
    }

    private Outcome forDossier(String code, Answers answers, String address) {
        var view = dossiers.find(DossierCode.of(code), false);
        if (view.isEmpty()) {
            return Outcome.UNKNOWN_SUBJECT;
        }
        Instant now = clock.instant();
        // Take the dossier's row (or the right to insert it) so that concurrent submissions line up.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("evaluation:" + code).query(Object.class).single();
        var until = jdbc.sql("select changeable_until from evaluation where dossier_code = ?").param(code)
                .query(Timestamp.class).optional();
        if (until.isPresent()) {
            if (now.isAfter(until.get().toInstant())) {
                return Outcome.LOCKED;
            }
            jdbc.sql("""
                    update evaluation set answers = cast(? as jsonb), overall = ?, comment = ?, updated_at = ?, address_hash = ?
                    where dossier_code = ?
                    """).params(write(answers), answers.score(Criterion.OVERALL), answers.comment(), Timestamp.from(now),
                            address, code).update();
            return Outcome.CHANGED;
        }
        var d = view.get();
        insert("DOSSIER", code, d.officeCode(), null, null, d.procedureCode(), answers, address, now, now.plus(changeable));
        return Outcome.SAVED;
    }

    private Outcome forCounter(long counterId, Answers answers, String address) {
        var office = desks.counter(counterId).filter(c -> c.active()).flatMap(desks::agencyOf);
        if (office.isEmpty()) {
            return Outcome.UNKNOWN_SUBJECT;
        }
        Instant now = clock.instant();
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("evaluation:counter:" + counterId + ":" + address)
                .query(Object.class).single();
        var recent = jdbc.sql("""
                select id from evaluation where counter_id = ? and address_hash = ? and created_at > ?
                order by created_at desc limit 1
                """).params(counterId, address, Timestamp.from(now.minus(duplicateWindow))).query(Long.class).optional();
        if (recent.isPresent()) {
            jdbc.sql("update evaluation set answers = cast(? as jsonb), overall = ?, comment = ?, updated_at = ? where id = ?")
                    .params(write(answers), answers.score(Criterion.OVERALL), answers.comment(), Timestamp.from(now),
                            recent.get()).update();
            return Outcome.CHANGED;
        }
        String officer = staff.staffOf(office.get()).stream().filter(a -> a.enabled() && Long.valueOf(counterId).equals(a.counterId()))
                .map(a -> a.username().value()).findFirst().orElse(null);
        insert("COUNTER", null, office.get().value(), counterId, officer, null, answers, address, now, now.plus(duplicateWindow));
        return Outcome.SAVED;
    }

    /** A citizen's evaluation of a dossier from a history being loaded (demo, benchmark). */
    public record Historic(String dossierCode, String office, String officer, String procedure, Answers answers,
            java.time.LocalDateTime at) {
    }

    /**
     * Stores evaluations of a history being loaded, as the citizens gave them at the time (no longer changeable);
     * dossiers already evaluated are left alone.
     */
    public void importHistory(java.util.List<Historic> evaluations) {
        for (var e : evaluations) {
            Instant at = e.at().atZone(WorkingCalendars.ZONE).toInstant();
            jdbc.sql("""
                    insert into evaluation (kind, dossier_code, office_code, counter_id, officer, procedure_code, answers, overall,
                        comment, address_hash, created_at, updated_at, changeable_until)
                    values ('DOSSIER', ?, ?, null, ?, ?, cast(? as jsonb), ?, ?, 'history', ?, ?, ?)
                    on conflict do nothing
                    """).params(e.dossierCode(), e.office(), e.officer(), e.procedure(), write(e.answers()),
                            e.answers().score(Criterion.OVERALL), e.answers().comment(), Timestamp.from(at), Timestamp.from(at),
                            Timestamp.from(at)).update();
        }
    }

    private void insert(String kind, String code, String office, Long counter, String officer, String procedure, Answers answers,
            String address, Instant now, Instant until) {
        jdbc.sql("""
                insert into evaluation (kind, dossier_code, office_code, counter_id, officer, procedure_code, answers, overall,
                    comment, address_hash, created_at, updated_at, changeable_until)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
                """).params(kind, code, office, counter, officer, procedure, write(answers), answers.score(Criterion.OVERALL),
                        answers.comment(), address, Timestamp.from(now), Timestamp.from(now), Timestamp.from(until)).update();
    }

    private String write(Answers answers) {
        return json.writeValueAsString(answers.chosen());
    }

    private Answers answers(String stored, String comment) {
        var map = new java.util.EnumMap<Criterion, String>(Criterion.class);
        json.readTree(stored).properties().forEach(e -> map.put(Criterion.valueOf(e.getKey()), e.getValue().asString()));
        return new Answers(map, comment);
    }
}
