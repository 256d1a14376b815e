package vn.motcua.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues notifications in the caller's transaction: they leave only if it commits. */
@Service
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must be called inside the transaction of the change the message reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Notification n) {
        jdbc.sql("""
                insert into outbox_message (channel, recipient, subject, body, topic) values (?, ?, ?, ?, ?)
                """).params(n.channel().name(), n.recipient(), n.subject(), n.body(), n.topic()).update();
    }
}
