package vn.motcua.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.PublicDossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.database.SharedRates;
import vn.motcua.platform.web.ClientAddresses;
import vn.motcua.portal.persistence.LookupFailures;

/**
 * The public lookup of a dossier. Anyone with the code sees its status; the details need the last 4 digits of
 * the applicant's phone or ID number. Guessing is stopped: after {@code maxFailures} wrong digits within an hour
 * the dossier's details are refused for the rest of that hour, and each address may look up a limited number of
 * dossiers a minute.
 */
@Service
public class Lookups {

    /** What a lookup answered: the view, or why there is none. */
    public enum Refusal { NOT_FOUND, WRONG_DIGITS, TOO_MANY_ATTEMPTS, TOO_MANY_REQUESTS }

    public record Answer(PublicDossiers.View view, Refusal refusal) {
        static Answer of(PublicDossiers.View view) {
            return new Answer(view, null);
        }

        static Answer refused(PublicDossiers.View basic, Refusal why) {
            return new Answer(basic, why);
        }
    }

    private final PublicDossiers dossiers;
    private final LookupFailures failures;
    private final Clock clock;
    private final int maxFailures;
    private final SharedRates.Limiter perAddress;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reading;
    /** {@code motcua_lookups_refused_total{reason=…}} on {@code /actuator/prometheus}. */
    private final Counter refusedForRate;
    private final Counter refusedForAttempts;

    Lookups(PublicDossiers dossiers, LookupFailures failures, Clock clock, PlatformTransactionManager transactions,
            @Value("${motcua.portal.lookup.max-failures-per-hour:5}") int maxFailures,
            @Value("${motcua.portal.lookup.per-address-per-minute:60}") int perMinute, SharedRates rates,
            MeterRegistry meters) {
        this.dossiers = dossiers;
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.perAddress = rates.limiter("lookup", perMinute, Duration.ofMinutes(1));
        this.transactions = new TransactionTemplate(transactions);
        this.refusedForRate = Counter.builder("motcua.lookups.refused").tag("reason", "rate")
                .description("Public lookups refused: too many from one address (rate) or too many wrong digits (attempts)")
                .register(meters);
        this.refusedForAttempts = Counter.builder("motcua.lookups.refused").tag("reason", "attempts").register(meters);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The dossier's public view: details when {@code lastFour} is given and right. */
    public Answer find(String code, String lastFour, String address) {
        if (!perAddress.tryAcquire(address)) {
            refusedForRate.increment();
            return Answer.refused(null, Refusal.TOO_MANY_REQUESTS);
        }
        Optional<DossierCode> parsed = parse(code);
        var basic = parsed.flatMap(this::view);
        if (basic.isEmpty()) {
            return Answer.refused(null, Refusal.NOT_FOUND);
        }
        if (lastFour == null || lastFour.isBlank()) {
            return Answer.of(basic.get());
        }
        DossierCode dossier = parsed.get();
        return transactions.execute(status -> checked(dossier, basic.get(), lastFour, address));
    }

    /**
     * The public view, from the read replica when there is one; a code just issued and not yet replayed there, or a
     * replica that failed in the middle of the read, is read from the primary.
     */
    private Optional<PublicDossiers.View> view(DossierCode code) {
        Optional<PublicDossiers.View> replayed;
        try {
            replayed = reading.execute(s -> dossiers.find(code, false));
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            replayed = Optional.empty();
        }
        return replayed.isPresent() ? replayed : dossiers.find(code, false);
    }

    /**
     * Counts the dossier's failures, checks the digits and records a failure as one step per dossier (an advisory
     * lock held to the end of the transaction, on every instance): parallel guesses are checked one after another,
     * so no more than {@code maxFailures} wrong ones are ever checked in an hour.
     */
    private Answer checked(DossierCode dossier, PublicDossiers.View basic, String lastFour, String address) {
        failures.lock(dossier.value());
        if (failuresInLastHour(dossier) >= maxFailures) {
            refusedForAttempts.increment();
            return Answer.refused(basic, Refusal.TOO_MANY_ATTEMPTS);
        }
        var detailed = dossiers.verified(dossier, lastFour);
        if (detailed.isEmpty()) {
            failures.record(dossier.value(), clock.instant(), ClientAddresses.hash(address));
            return Answer.refused(basic, Refusal.WRONG_DIGITS);
        }
        return Answer.of(detailed.get());
    }

    private long failuresInLastHour(DossierCode code) {
        return failures.since(code.value(), clock.instant().minus(Duration.ofHours(1)));
    }

    private static Optional<DossierCode> parse(String code) {
        try {
            return Optional.of(DossierCode.of(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
