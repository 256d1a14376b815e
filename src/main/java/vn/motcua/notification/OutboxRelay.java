package vn.motcua.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.notification.persistence.Outbox;

/**
 * Sends queued notifications: takes a batch with {@code for update skip locked} (several app instances share
 * the work without sending twice), sends each, and marks it sent, or counts the attempt and waits longer
 * before the next one (1, 2, 4 … minutes, at most a day; given up after 10 attempts).
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 10;

    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Map<Notification.Channel, Sender> senders;

    OutboxRelay(Outbox outbox, TransactionTemplate transaction, List<Sender> senders) {
        this.outbox = outbox;
        this.transaction = transaction;
        this.senders = senders.stream().collect(Collectors.toMap(Sender::channel, Function.identity(), (a, b) -> a));
    }

    @Scheduled(fixedDelayString = "${motcua.notification.relay-delay:5s}", initialDelayString = "${motcua.notification.relay-delay:5s}")
    void relay() {
        int sent;
        do {
            sent = relayBatch();
        } while (sent == BATCH);
    }

    /** Sends one batch; returns how many messages it took. */
    int relayBatch() {
        Integer taken = transaction.execute(status -> {
            var batch = outbox.takeDue(MAX_ATTEMPTS, BATCH);
            for (Outbox.Queued queued : batch) {
                deliver(queued.id(), queued.notification(), queued.attempts());
            }
            return batch.size();
        });
        return taken == null ? 0 : taken;
    }

    private void deliver(long id, Notification n, int attempts) {
        try {
            Sender sender = senders.get(n.channel());
            if (sender == null) {
                throw new IllegalStateException("No sender for " + n.channel());
            }
            sender.send(n);
            outbox.sent(id);
        } catch (Exception e) {
            long minutes = Math.min(Duration.ofDays(1).toMinutes(), 1L << Math.min(attempts, 20));
            outbox.failed(id, String.valueOf(e.getMessage()), (int) minutes);
            log.warn("Notification {} not sent (attempt {}): {}", id, attempts + 1, e.toString());
        }
    }
}
