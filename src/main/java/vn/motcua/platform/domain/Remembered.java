package vn.motcua.platform.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read on nearly every request (a procedure, an office's settings, an account) remembered for a few
 * seconds, so that a busy counter or an API client does not read them again each time. This instance forgets
 * them at once when it changes them; other instances see a change within {@code howLong}.
 */
public final class Remembered<K, V> {

    private record Entry<V>(V value, Instant until) {
    }

    private final Clock clock;
    private final Duration howLong;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public Remembered(Clock clock, Duration howLong) {
        this.clock = clock;
        this.howLong = howLong;
    }

    /** The value remembered for the key, or the one {@code read} gives now (then remembered). */
    public V get(K key, Function<K, V> read) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.until())) {
            return entry.value();
        }
        V value = read.apply(key);
        entries.put(key, new Entry<>(value, now.plus(howLong)));
        return value;
    }

    /** The value remembered for the key, if any and still fresh. */
    public java.util.Optional<V> peek(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && clock.instant().isBefore(entry.until()) ? java.util.Optional.of(entry.value())
                : java.util.Optional.empty();
    }

    public void put(K key, V value) {
        entries.put(key, new Entry<>(value, clock.instant().plus(howLong)));
    }

    public void forget(K key) {
        entries.remove(key);
    }

    public void forgetAll() {
        entries.clear();
    }
}
