package vn.motcua.platform.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read on nearly every request (a procedure, an office's settings, an account) remembered for a few
 * seconds, so that a busy counter or an API client does not read them again each time. This instance forgets
 * them at once when it changes them; other instances see a change within {@code howLong}.
 *
 * <p>Freshness is elapsed time on a monotonic ticker, not the application's clock: the clock may be pinned
 * ({@code motcua.clock.fixed}), and a remembered value must still be read again after {@code howLong}.
 */
public final class Remembered<K, V> {

    private record Entry<V>(V value, long until) {
    }

    private final LongSupplier nanoTime;
    private final long howLong;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public Remembered(Duration howLong) {
        this(howLong, System::nanoTime);
    }

    /** With the ticker a test moves by hand. */
    public Remembered(Duration howLong, LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.howLong = howLong.toNanos();
    }

    /** The value remembered for the key, or the one {@code read} gives now (then remembered). */
    public V get(K key, Function<K, V> read) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.until() < 0) {
            return entry.value();
        }
        V value = read.apply(key);
        entries.put(key, new Entry<>(value, now + howLong));
        return value;
    }

    /** The value remembered for the key, if any and still fresh. */
    public java.util.Optional<V> peek(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && nanoTime.getAsLong() - entry.until() < 0 ? java.util.Optional.of(entry.value())
                : java.util.Optional.empty();
    }

    public void put(K key, V value) {
        entries.put(key, new Entry<>(value, nanoTime.getAsLong() + howLong));
    }

    public void forget(K key) {
        entries.remove(key);
    }

    public void forgetAll() {
        entries.clear();
    }
}
