package vn.motcua.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RequestRateTest {

    private final AtomicLong nanos = new AtomicLong(Long.MAX_VALUE - Duration.ofSeconds(30).toNanos());   // wraps around
    private final RequestRate rate = new RequestRate(3, Duration.ofMinutes(1), nanos::get);

    @Test
    void at_most_max_events_per_key_in_any_window_and_a_refused_event_is_not_counted() {
        assertThat(rate.tryAcquire("10.0.0.1")).isTrue();
        assertThat(rate.tryAcquire("10.0.0.1")).isTrue();
        assertThat(rate.tryAcquire("10.0.0.1")).isTrue();
        assertThat(rate.tryAcquire("10.0.0.1")).isFalse();
        assertThat(rate.tryAcquire("10.0.0.2")).as("another address").isTrue();
    }

    @Test
    void the_window_slides_with_elapsed_time() {
        rate.tryAcquire("10.0.0.1");
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        rate.tryAcquire("10.0.0.1");
        rate.tryAcquire("10.0.0.1");
        assertThat(rate.tryAcquire("10.0.0.1")).isFalse();
        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(rate.tryAcquire("10.0.0.1")).as("the first event has left the window").isTrue();
        assertThat(rate.tryAcquire("10.0.0.1")).isFalse();
    }
}
