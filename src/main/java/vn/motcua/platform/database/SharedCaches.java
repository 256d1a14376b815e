package vn.motcua.platform.database;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.platform.domain.Remembered;

/**
 * Keeps what an instance remembers in memory (calendars, settings, accounts, procedures) the same on every instance.
 * A change says which values went stale with {@link #changed}: they are forgotten here at once, and a PostgreSQL
 * notification on channel {@value #CHANNEL} — sent with the changing transaction, so only if it commits — makes every
 * instance (this one too) forget them again within the listener's poll (see {@link ChannelListener}).
 */
@Component
public class SharedCaches implements ChannelSubscriber {

    static final String CHANNEL = "motcua_cache";
    /** The key that stands for every value of a cache. */
    public static final String EVERYTHING = "*";
    /** A notification's payload is at most 8,000 bytes; a longer key stands for everything. */
    private static final int MAX_KEY = 500;

    private final JdbcClient jdbc;
    private final Map<String, List<Consumer<String>>> forgetters = new ConcurrentHashMap<>();

    SharedCaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers how a cache forgets a key ({@link #EVERYTHING} for all of it). A cache is named by a short word
     * without spaces ("calendar", "staff-account").
     */
    public void register(String cache, Consumer<String> forget) {
        if (cache.isBlank() || cache.contains(" ")) {
            throw new IllegalArgumentException("A cache is named by one word: " + cache);
        }
        forgetters.computeIfAbsent(cache, c -> new CopyOnWriteArrayList<>()).add(forget);
    }

    /**
     * The values of the cache under the key changed: forgotten here now, and on every instance when the current
     * transaction commits (at once outside a transaction).
     */
    public void changed(String cache, String key) {
        String shown = key == null || key.length() > MAX_KEY ? EVERYTHING : key;
        forget(cache, shown);
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, cache + " " + shown).query(Object.class).single();
    }

    /** Registers a {@link Remembered} whose keys are written as text and read back by {@code key}. */
    public <K> void register(String cache, Remembered<K, ?> remembered, Function<String, K> key) {
        register(cache, text -> {
            if (text.equals(EVERYTHING)) {
                remembered.forgetAll();
            } else {
                remembered.forget(key.apply(text));
            }
        });
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A notification received: "cache key". */
    @Override
    public void received(String payload) {
        int space = payload.indexOf(' ');
        if (space > 0) {
            forget(payload.substring(0, space), payload.substring(space + 1));
        }
    }

    /** Notifications may have been missed (the listener's connection was lost): everything is forgotten. */
    @Override
    public void missed() {
        forgetters.values().forEach(list -> list.forEach(f -> f.accept(EVERYTHING)));
    }

    private void forget(String cache, String key) {
        forgetters.getOrDefault(cache, List.of()).forEach(f -> f.accept(key));
    }
}
