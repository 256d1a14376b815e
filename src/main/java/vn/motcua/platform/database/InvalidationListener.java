package vn.motcua.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on {@link SharedCaches#CHANNEL} with one connection of its own and hands each notification to
 * {@link SharedCaches}. When the connection is lost (the database restarted, a network cut) it listens again and
 * forgets everything, since changes made meanwhile were not heard.
 */
@Component
class InvalidationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InvalidationListener.class);
    /** How long one wait for notifications lasts: a stop is noticed within it. */
    static final int POLL_MILLIS = 200;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final SharedCaches caches;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    InvalidationListener(DataSource dataSource, SharedCaches caches) {
        this.dataSource = dataSource;
        this.caches = caches;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("cache-invalidation").daemon().start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the listener holds a listening connection now (health, tests). */
    boolean isListening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + SharedCaches.CHANNEL);
                }
                listening = true;
                caches.forgetEverything();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            caches.received(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Cache invalidation listener lost its connection; listening again in {}: {}", RETRY, e.toString());
                }
            } finally {
                listening = false;
            }
            if (running) {
                caches.forgetEverything();
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
