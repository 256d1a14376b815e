package vn.motcua.platform.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} events per key in any window of {@code per} (a sliding window kept in memory): public
 * pages use it per address, so that a flood is refused politely while a real citizen never notices. Keys are
 * forgotten when their window has passed; when too many keys are held at once, the oldest are dropped.
 */
public final class RequestRate {

    static final int MAX_KEYS = 200_000;

    private final int max;
    private final Duration per;
    private final Clock clock;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RequestRate(int max, Duration per, Clock clock) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        this.max = max;
        this.per = per;
        this.clock = clock;
    }

    /** Records an event for the key and says whether it is within the rate (a refused event is not recorded). */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        if (events.size() > MAX_KEYS) {
            events.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
        var window = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(per))) {
                window.pollFirst();
            }
            if (window.size() >= max) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    private boolean expired(Deque<Instant> window, Instant now) {
        synchronized (window) {
            return window.isEmpty() || !window.peekLast().isAfter(now.minus(per));
        }
    }
}
