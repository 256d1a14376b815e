package vn.motcua.platform.domain;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code max} events per key in any window of {@code per} (a sliding window kept in memory): public
 * pages use it per address, so that a flood is refused politely while a real citizen never notices. Keys are
 * forgotten when their window has passed; when too many keys are held at once, the oldest are dropped. The window
 * is elapsed time on a monotonic ticker, not the application's clock, which may be pinned ({@code motcua.clock.fixed}).
 */
public final class RequestRate {

    static final int MAX_KEYS = 200_000;

    private final int max;
    private final long per;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

    public RequestRate(int max, Duration per) {
        this(max, per, System::nanoTime);
    }

    /** With the ticker a test moves by hand. */
    public RequestRate(int max, Duration per, LongSupplier nanoTime) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        this.max = max;
        this.per = per.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Records an event for the key and says whether it is within the rate (a refused event is not recorded). */
    public boolean tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        if (events.size() > MAX_KEYS) {
            events.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
        var window = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() - (now - per) <= 0) {
                window.pollFirst();
            }
            if (window.size() >= max) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    private boolean expired(Deque<Long> window, long now) {
        synchronized (window) {
            return window.isEmpty() || window.peekLast() - (now - per) <= 0;
        }
    }
}
