package vn.motcua.identity.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.identity.StaffAccounts.SessionsEnded;

/**
 * Ends an account's sessions in the shared session store, so on every instance: after it is disabled or its roles
 * change, the officer signs in again (or cannot).
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void end(SessionsEnded ended) {
        sessions.findByPrincipalName(ended.username()).keySet().forEach(sessions::deleteById);
    }
}
