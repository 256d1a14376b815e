package vn.motcua.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Map<Notification.Channel, Sender> senders;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, List<Sender> senders) {
        this.jdbc = jdbc;
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
            var batch = jdbc.sql("""
                    select id, channel, recipient, subject, body, topic, attempts from outbox_message
                    where sent_at is null and attempts < ? and next_attempt_at <= now()
                    order by id limit ? for update skip locked
                    """).params(MAX_ATTEMPTS, BATCH)
                    .query((rs, n) -> new Object[] {rs.getLong("id"), new Notification(Notification.Channel.valueOf(rs.getString("channel")),
                            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("topic")),
                            rs.getInt("attempts")})
                    .list();
            for (Object[] row : batch) {
                deliver((Long) row[0], (Notification) row[1], (Integer) row[2]);
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
            jdbc.sql("update outbox_message set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
                    .param(id).update();
        } catch (Exception e) {
            long minutes = Math.min(Duration.ofDays(1).toMinutes(), 1L << Math.min(attempts, 20));
            jdbc.sql("""
                    update outbox_message set attempts = attempts + 1, last_error = ?,
                        next_attempt_at = now() + make_interval(mins => ?) where id = ?
                    """).params(String.valueOf(e.getMessage()), (int) minutes, id).update();
            log.warn("Notification {} not sent (attempt {}): {}", id, attempts + 1, e.toString());
        }
    }
}
