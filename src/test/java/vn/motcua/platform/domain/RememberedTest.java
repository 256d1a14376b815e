package vn.motcua.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;


class RememberedTest {

    private final AtomicLong nanos = new AtomicLong(Long.MAX_VALUE - Duration.ofSeconds(15).toNanos());   // wraps around
    private final AtomicInteger reads = new AtomicInteger();
    private final Remembered<String, String> names = new Remembered<>(Duration.ofSeconds(10), nanos::get);

    private String read(String key) {
        return key + " #" + reads.incrementAndGet();
    }

    @Test
    void a_value_is_remembered_by_elapsed_time_whatever_the_application_clock_says() {
        var pinned = new Remembered<String, String>(Duration.ofSeconds(10), nanos::get);
        pinned.get("H99.01", this::read);
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(pinned.get("H99.01", this::read)).isEqualTo("H99.01 #2");
    }

    @Test
    void a_value_is_read_once_while_it_is_fresh() {
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #1");
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #1");
        assertThat(names.get("H99.02", this::read)).isEqualTo("H99.02 #2");
    }

    @Test
    void a_value_is_read_again_when_it_expires_or_is_forgotten() {
        names.get("H99.01", this::read);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #2");
        names.forget("H99.01");
        assertThat(names.peek("H99.01")).isEmpty();
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #3");
        names.forgetAll();
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #4");
    }
}
