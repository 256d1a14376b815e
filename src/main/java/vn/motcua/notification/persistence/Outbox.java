package vn.motcua.notification.persistence;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.notification.Notification;
import vn.motcua.notification.Told;

/**
 * The {@code outbox_message} table: messages queued in the transaction of the change they report, taken in batches
 * with {@code for update skip locked} so that several instances share the sending without sending twice.
 */
@Repository
public class Outbox {

    /** A queued message, its row and how often sending it was tried. */
    public record Queued(long id, Notification notification, int attempts) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void enqueue(Notification n) {
        jdbc.sql("""
                insert into outbox_message (channel, recipient, subject, body, topic) values (?, ?, ?, ?, ?)
                """).params(n.channel().name(), n.recipient(), n.subject(), n.body(), n.topic()).update();
    }

    /** Up to {@code limit} messages due, locked for the current transaction, oldest first. */
    public List<Queued> takeDue(int maxAttempts, int limit) {
        return jdbc.sql("""
                select id, channel, recipient, subject, body, topic, attempts from outbox_message
                where sent_at is null and attempts < ? and next_attempt_at <= now()
                order by id limit ? for update skip locked
                """).params(maxAttempts, limit)
                .query((rs, n) -> new Queued(rs.getLong("id"), new Notification(Notification.Channel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("topic")),
                        rs.getInt("attempts")))
                .list();
    }

    public void sent(long id) {
        jdbc.sql("update outbox_message set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
                .param(id).update();
    }

    /** Counts a failed attempt; the next one waits {@code minutes}. */
    public void failed(long id, String error, int minutes) {
        jdbc.sql("""
                update outbox_message set attempts = attempts + 1, last_error = ?,
                    next_attempt_at = now() + make_interval(mins => ?) where id = ?
                """).params(error, minutes, id).update();
    }

    /** Messages not sent yet (waiting for their first or a further attempt), from the pending index. */
    public long backlog() {
        return jdbc.sql("select count(*) from outbox_message where sent_at is null").query(Long.class).single();
    }

    /** The messages to these recipients that mention the text (a dossier code), newest first, at most {@code limit}. */
    public List<Told> told(List<String> recipients, String mentioning, int limit) {
        if (recipients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select created_at, channel, body, sent_at is not null as sent from outbox_message
                where recipient = any(?) and strpos(body, ?) > 0 order by created_at desc, id desc limit ?
                """).params(recipients.toArray(String[]::new), mentioning, limit)
                .query((rs, n) -> new Told(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }
}
