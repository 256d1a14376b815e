package vn.motcua.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The desk's counters against queueing theory: with Poisson arrivals and exponential service, the M/M/c mean wait. */
class CounterQueueTest {

    static final long MEAN_SERVICE = 1000;

    @ParameterizedTest(name = "{0} counters at {1} utilisation wait as Erlang C says")
    @CsvSource({"1, 0.70", "2, 0.75", "3, 0.80", "5, 0.85"})
    void counters_serving_in_turn_wait_as_an_MMc_queue(int counters, double utilisation) {
        double mu = 1.0 / MEAN_SERVICE;
        double lambda = utilisation * counters * mu;
        var random = new Random(20_231_204L + counters);
        int n = 600_000;
        var arrivals = new long[n];
        var service = new long[n];
        double t = 0;
        for (int i = 0; i < n; i++) {
            t += -Math.log(1 - random.nextDouble()) / lambda;
            arrivals[i] = Math.round(t);
            service[i] = Math.round(-Math.log(1 - random.nextDouble()) / mu);
        }
        var served = CounterQueue.serve(arrivals, service, new long[] {0}, new long[] {Long.MAX_VALUE / 2}, counters);
        int warmUp = 20_000;
        double waited = 0;
        for (int i = warmUp; i < n; i++) {
            waited += served.start()[i] - arrivals[i];
        }
        double simulated = waited / (n - warmUp);
        double expected = erlangC(counters, lambda / mu) / (counters * mu - lambda);
        assertThat(simulated).as("mean wait").isCloseTo(expected, within(expected * 0.05));
    }

    /** The probability of waiting in an M/M/c queue with offered load {@code a}. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term * c / (c - a);
        return last / (sum + last);
    }

    @org.junit.jupiter.api.Test
    void visitors_waiting_at_a_break_are_called_when_the_next_session_opens_and_those_left_at_closing_make_overtime() {
        // sessions 0–100 and 200–300; one counter; services of 70: the third is free at 140, in the break
        var served = CounterQueue.serve(new long[] {0, 10, 90, 290}, new long[] {70, 70, 70, 70}, new long[] {0, 200},
                new long[] {100, 300}, 1);
        assertThat(served.start()).containsExactly(0, 70, 200, 290);
        assertThat(served.overtime()).isEqualTo(60);
    }
}
