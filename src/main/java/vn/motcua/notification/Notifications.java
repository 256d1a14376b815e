package vn.motcua.notification;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.notification.persistence.Outbox;

/** Queues notifications in the caller's transaction: they leave only if it commits. */
@Service
public class Notifications {

    private final Outbox outbox;

    Notifications(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Must be called inside the transaction of the change the message reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Notification n) {
        outbox.enqueue(n);
    }

    /**
     * What was told by e-mail or SMS to these addresses or numbers about the dossier (messages naming its code), newest
     * first: for the citizen who gave them to read again.
     */
    public List<Told> told(List<String> recipients, String dossierCode, int limit) {
        return outbox.told(recipients.stream().filter(r -> r != null && !r.isBlank()).toList(), dossierCode, limit);
    }
}
