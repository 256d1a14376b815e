package vn.motcua.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on the channel of every {@link ChannelSubscriber} (the shared caches, the queue's boards) with one
 * connection of its own and hands each notification to its subscriber. When the connection is lost (the database
 * restarted, a network cut) it listens again and tells every subscriber it may have missed notifications.
 */
@Component
class ChannelListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    /** How long one wait for notifications lasts: a stop is noticed within it. */
    static final int POLL_MILLIS = 200;
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final Map<String, ChannelSubscriber> subscribers;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ChannelListener(DataSource dataSource, List<ChannelSubscriber> subscribers) {
        this.dataSource = dataSource;
        this.subscribers = subscribers.stream().collect(Collectors.toUnmodifiableMap(ChannelSubscriber::channel, s -> s));
        this.subscribers.keySet().forEach(channel -> {
            if (!channel.matches("[a-z_]{1,60}")) {
                throw new IllegalArgumentException("A channel is named by lower-case letters and underscores: " + channel);
            }
        });
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("database-channels").daemon().start(this::listen);
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
                    for (String channel : subscribers.keySet()) {
                        statement.execute("listen " + channel);
                    }
                }
                listening = true;
                missed();
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            received(n);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Database channel listener lost its connection; listening again in {}: {}", RETRY, e.toString());
                }
            } finally {
                listening = false;
            }
            if (running) {
                missed();
                pause();
            }
        }
    }

    private void received(PGNotification n) {
        ChannelSubscriber subscriber = subscribers.get(n.getName());
        if (subscriber == null) {
            return;
        }
        try {
            subscriber.received(n.getParameter());
        } catch (RuntimeException e) {
            log.warn("Subscriber of channel {} failed on a notification: {}", n.getName(), e.toString());
        }
    }

    private void missed() {
        for (ChannelSubscriber subscriber : subscribers.values()) {
            try {
                subscriber.missed();
            } catch (RuntimeException e) {
                log.warn("Subscriber of channel {} failed to catch up: {}", subscriber.channel(), e.toString());
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
