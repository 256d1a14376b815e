package vn.motcua.citizen;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.citizen.domain.CitizenAccount;
import vn.motcua.citizen.domain.CitizenIdentity;
import vn.motcua.citizen.persistence.CitizenAccountRows;

/** Citizens' accounts: made or brought up to date at each sign-in (audited), and found by id. */
@Service
public class CitizenAccounts {

    private final CitizenAccountRows rows;
    private final AuditTrail audit;
    private final Clock clock;

    CitizenAccounts(CitizenAccountRows rows, AuditTrail audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account of the provider's subject, made at the first sign-in with the identity the provider asserts. */
    @Transactional
    public CitizenAccount signedIn(String issuer, String subject, CitizenIdentity identity) {
        var signedIn = rows.signIn(issuer, subject, identity, clock.instant());
        String actor = actor(signedIn.account());
        audit.record(new AuditEntry(clock.instant(), actor, null,
                signedIn.made() ? "citizen.account.created" : "citizen.signed-in", actor, "issuer " + issuer));
        return signedIn.account();
    }

    public Optional<CitizenAccount> find(UUID id) {
        return rows.find(id);
    }

    /** How a citizen appears in the audit trail: by account, never by ID number or name. */
    public static String actor(CitizenAccount account) {
        return "citizen:" + account.id();
    }
}
