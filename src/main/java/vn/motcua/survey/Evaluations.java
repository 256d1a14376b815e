package vn.motcua.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.organization.Desks;
import vn.motcua.platform.database.SharedRates;
import vn.motcua.survey.domain.Answers;
import vn.motcua.survey.persistence.EvaluationRows;
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

    private final EvaluationRows rows;
    private final PublicDossiers dossiers;
    private final Desks desks;
    private final StaffAccounts staff;
    private final Clock clock;
    private final Duration changeable;
    private final Duration duplicateWindow;
    private final SharedRates.Limiter perAddress;

    Evaluations(EvaluationRows rows, PublicDossiers dossiers, Desks desks, StaffAccounts staff, Clock clock,
            @Value("${motcua.survey.change-days:7}") int changeDays,
            @Value("${motcua.survey.counter-duplicate-window:10m}") Duration duplicateWindow,
            @Value("${motcua.survey.per-address-per-hour:20}") int perHour, SharedRates rates) {
        this.rows = rows;
        this.dossiers = dossiers;
        this.desks = desks;
        this.staff = staff;
        this.clock = clock;
        this.changeable = Duration.ofDays(changeDays);
        this.duplicateWindow = duplicateWindow;
        this.perAddress = rates.limiter("evaluation", perHour, Duration.ofHours(1));
    }

    /** The evaluation already given for the dossier, if any (to show it again for changing). */
    public Optional<Answers> ofDossier(String code) {
        return rows.ofDossier(code);
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
        rows.lock("evaluation:" + code);
        var until = rows.changeableUntil(code);
        if (until.isPresent()) {
            if (now.isAfter(until.get())) {
                return Outcome.LOCKED;
            }
            rows.changeDossiers(code, answers, now, address);
            return Outcome.CHANGED;
        }
        var d = view.get();
        rows.insert(new EvaluationRows.Subject("DOSSIER", code, d.officeCode(), null, null, d.procedureCode()), answers, address,
                now, now.plus(changeable));
        return Outcome.SAVED;
    }

    private Outcome forCounter(long counterId, Answers answers, String address) {
        var office = desks.counter(counterId).filter(c -> c.active()).flatMap(desks::agencyOf);
        if (office.isEmpty()) {
            return Outcome.UNKNOWN_SUBJECT;
        }
        Instant now = clock.instant();
        rows.lock("evaluation:counter:" + counterId + ":" + address);
        var recent = rows.recentAtCounter(counterId, address, now.minus(duplicateWindow));
        if (recent.isPresent()) {
            rows.change(recent.get(), answers, now);
            return Outcome.CHANGED;
        }
        String officer = staff.staffOf(office.get()).stream().filter(a -> a.enabled() && Long.valueOf(counterId).equals(a.counterId()))
                .map(a -> a.username().value()).findFirst().orElse(null);
        rows.insert(new EvaluationRows.Subject("COUNTER", null, office.get().value(), counterId, officer, null), answers, address,
                now, now.plus(duplicateWindow));
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
            rows.insertHistoric(new EvaluationRows.Subject("DOSSIER", e.dossierCode(), e.office(), null, e.officer(),
                    e.procedure()), e.answers(), at);
        }
    }
}
