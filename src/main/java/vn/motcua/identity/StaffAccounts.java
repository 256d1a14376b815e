package vn.motcua.identity;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.database.SharedCaches;
import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.domain.StaffAccount;
import vn.motcua.identity.persistence.StaffAccountRows;
import vn.motcua.identity.domain.Username;
import vn.motcua.organization.Desks;
import vn.motcua.organization.Offices;
import vn.motcua.organization.UnknownAgencyException;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.SearchText;

/** The register of staff accounts: the identity module's published API. */
@Service
public class StaffAccounts {

    /** An initial password is at least this long; the member changes it after signing in. */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final StaffAccountRows rows;
    private final PasswordEncoder passwords;
    private final Offices offices;
    private final Desks desks;
    private final AuditTrail audit;
    private final Clock clock;

    private final SharedCaches shared;

    /** The name under which instances forget what they remember of an account (by user name) when it changes. */
    public static final String CACHE = "staff-account";

    private final ApplicationEventPublisher events;

    /**
     * The account's sessions end on every instance once the change commits: it was disabled, or its roles changed (a
     * session keeps the roles it signed in with).
     */
    public record SessionsEnded(String username) {
    }

    StaffAccounts(StaffAccountRows rows, PasswordEncoder passwords, Offices offices, Desks desks, AuditTrail audit, Clock clock,
            SharedCaches shared, ApplicationEventPublisher events) {
        this.shared = shared;
        this.events = events;
        this.rows = rows;
        this.passwords = passwords;
        this.offices = offices;
        this.desks = desks;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<StaffAccount> find(Username username) {
        return rows.find(username);
    }

    /** Everyone working in the office, by name. */
    public List<StaffAccount> staffOf(AgencyCode office) {
        return rows.staffOf(office);
    }

    /** The office's staff whose name or user name contains every word, diacritics ignored. */
    public List<StaffAccount> search(AgencyCode office, String text) {
        String[] words = SearchText.of(text == null ? "" : text).split(" ");
        return staffOf(office).stream().filter(a -> {
            String haystack = SearchText.of(a.fullName() + " " + a.username().value() + " " + String.join(" ", a.fields()));
            return Arrays.stream(words).allMatch(haystack::contains);
        }).toList();
    }

    /** An administrator opens an account with an initial password. */
    @Transactional
    public void open(StaffAccount account, String initialPassword, String actor) {
        if (initialPassword == null || initialPassword.length() < MIN_PASSWORD_LENGTH || initialPassword.length() > 72) {
            throw new InvalidValueException("staff.password.length", "An initial password has 10 to 72 characters");
        }
        checkCounter(account);
        if (!registerIfAbsent(account, hash(initialPassword), actor)) {
            throw new InvalidValueException("staff.username.taken", "The user name " + account.username() + " is taken");
        }
        if (!account.fields().isEmpty() || account.counterId() != null) {
            change(account, actor);
        }
    }

    /** Changes roles, fields, counter, name or whether the account is enabled; the office stays. */
    @Transactional
    public StaffAccount change(StaffAccount account, String actor) {
        StaffAccount before = find(account.username())
                .orElseThrow(() -> new InvalidValueException("staff.unknown", "No account " + account.username()));
        if (!before.office().equals(account.office())) {
            throw new InvalidValueException("staff.office", "An account stays in its office");
        }
        checkCounter(account);
        rows.update(account);
        shared.changed(CACHE, account.username().value());
        if (before.enabled() && !account.enabled() || !before.roles().equals(account.roles())) {
            events.publishEvent(new SessionsEnded(account.username().value()));
        }
        audit.record(new AuditEntry(clock.instant(), actor, account.office().value(), "identity.account.changed",
                account.username().value(), "roles " + account.roles() + ", fields " + account.sortedFields() + ", counter "
                        + account.counterId() + ", enabled " + account.enabled()));
        return account;
    }

    private void checkCounter(StaffAccount account) {
        if (account.counterId() == null) {
            return;
        }
        boolean ours = desks.counter(account.counterId()).flatMap(desks::agencyOf)
                .filter(account.office()::equals).isPresent();
        if (!ours) {
            throw new InvalidValueException("staff.counter", "The counter is not one of the office's counters");
        }
    }

    /**
     * Creates the account with the given password (stored hashed) unless the user name is taken.
     *
     * @return whether the account was created
     */
    @Transactional
    public boolean registerIfAbsent(StaffAccount account, String passwordHash, String actor) {
        if (offices.find(account.office()).isEmpty()) {
            throw new UnknownAgencyException(account.office());
        }
        int created = rows.insertIfAbsent(account, passwordHash) ? 1 : 0;
        if (created == 1) {
            audit.record(new AuditEntry(clock.instant(), actor, account.office().value(), "identity.account.created",
                    account.username().value(), "roles " + account.roles()));
        }
        return created == 1;
    }

    /** Hashes a password for storage; one hash may serve several accounts that share a password. */
    public String hash(String rawPassword) {
        return passwords.encode(rawPassword);
    }
}
