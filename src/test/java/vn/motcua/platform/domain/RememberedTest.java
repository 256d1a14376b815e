package vn.motcua.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.motcua.platform.MovableClock;

class RememberedTest {

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger reads = new AtomicInteger();
    private final Remembered<String, String> names = new Remembered<>(clock, Duration.ofSeconds(10));

    private String read(String key) {
        return key + " #" + reads.incrementAndGet();
    }

    @Test
    void a_value_is_read_once_while_it_is_fresh() {
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #1");
        clock.move(Duration.ofSeconds(9));
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #1");
        assertThat(names.get("H99.02", this::read)).isEqualTo("H99.02 #2");
    }

    @Test
    void a_value_is_read_again_when_it_expires_or_is_forgotten() {
        names.get("H99.01", this::read);
        clock.move(Duration.ofSeconds(10));
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #2");
        names.forget("H99.01");
        assertThat(names.peek("H99.01")).isEmpty();
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #3");
        names.forgetAll();
        assertThat(names.get("H99.01", this::read)).isEqualTo("H99.01 #4");
    }
}
