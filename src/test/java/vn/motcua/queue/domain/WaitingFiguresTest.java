package vn.motcua.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Waiting figures, rule by rule: nearest-rank percentiles, the heat map, the groups. */
class WaitingFiguresTest {

    static final LocalDateTime THURSDAY_17 = LocalDateTime.of(2026, 12, 10, 17, 5);

    private static WaitingFigures.TicketFact fact(LocalDateTime taken, Integer waitMinutes, Integer serviceMinutes, String counter,
            String session, boolean noShow) {
        return new WaitingFigures.TicketFact(taken, waitMinutes == null ? null : Duration.ofMinutes(waitMinutes),
                serviceMinutes == null ? null : Duration.ofMinutes(serviceMinutes), counter, "tiepnhan.04", "Hộ tịch", session, noShow);
    }

    @ParameterizedTest(name = "p{1} of 1..{0} minutes is {2}")
    @CsvSource({"10, 0.5, 5", "10, 0.9, 9", "1, 0.9, 1", "3, 0.5, 2", "20, 0.9, 18"})
    void percentiles_are_the_nearest_rank(int n, double p, double expected) {
        var sorted = new ArrayList<Double>();
        for (int i = 1; i <= n; i++) {
            sorted.add((double) i);
        }
        assertThat(WaitingFigures.percentile(sorted, p)).contains(expected);
    }

    @Test
    void no_ticket_called_has_no_wait_figure() {
        assertThat(WaitingFigures.percentile(List.of(), 0.5)).isEmpty();
        var figures = WaitingFigures.of(List.of(fact(THURSDAY_17, null, null, "1", "Giờ làm việc thứ 9", true)));
        assertThat(figures.overall().waitMedian()).isEmpty();
        assertThat(figures.overall().noShows()).isEqualTo(1);
    }

    @Test
    void arrivals_fill_the_heat_map_by_weekday_and_hour_and_groups_split_the_waits() {
        var facts = List.of(
                fact(THURSDAY_17, 4, 10, "1", "Giờ làm việc thứ 9", false),
                fact(THURSDAY_17.plusMinutes(20), 12, 6, "2", "Giờ làm việc thứ 9", false),
                fact(THURSDAY_17.minusHours(8), 30, 8, "1", "Giờ hành chính", false),
                fact(THURSDAY_17.minusDays(3).minusHours(8), 40, null, "2", "Giờ hành chính", true));
        var figures = WaitingFigures.of(facts);
        assertThat(figures.arrivals()[3][17]).as("Thursday 17h").isEqualTo(2);
        assertThat(figures.arrivals()[3][9]).isEqualTo(1);
        assertThat(figures.arrivals()[0][9]).as("Monday 9h").isEqualTo(1);
        assertThat(figures.busiest()).isEqualTo(2);
        assertThat(figures.hours()).containsExactly(9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(figures.overall().waitMedian()).contains(12.0);
        assertThat(figures.overall().serviceMedian()).contains(8.0);
        var sessions = figures.by().get(WaitingFigures.Dimension.SESSION);
        assertThat(sessions).extracting(WaitingFigures.Stat::key).containsExactly("Giờ hành chính", "Giờ làm việc thứ 9");
        assertThat(sessions.get(1).waitP90()).isEqualTo(Optional.of(12.0));
        assertThat(sessions.get(0).noShows()).isEqualTo(1);
    }
}
