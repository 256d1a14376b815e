package vn.motcua.demo.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arrivals follow the seasons and weekdays of a desk, and are scaled to exact totals when the seeds give one. */
class ArrivalPatternTest {

    @ParameterizedTest
    @CsvSource({"2021-02-05, 1.3", "2021-02-20, 1.45", "2021-07-10, 1.1", "2021-12-10, 1.15", "2021-10-10, 1.0"})
    void the_season_shapes_a_day(LocalDate day, double factor) {
        assertThat(ArrivalPattern.season(day)).isEqualTo(factor);
    }

    @Test
    void scaled_volumes_add_up_exactly_for_any_seed() {
        var days = LocalDate.of(2021, 1, 4).datesUntil(LocalDate.of(2022, 1, 1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
        for (long seed = 1; seed <= 20; seed++) {
            var random = new Random(seed);
            var volumes = ArrivalPattern.volumes(days, 50, d -> d.getDayOfWeek() == DayOfWeek.THURSDAY, 2.0, random);
            ArrivalPattern.scaleTo(volumes, d -> true, 12_439, random);
            assertThat(volumes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(12_439);
            assertThat(volumes.values()).allSatisfy(v -> assertThat(v).isNotNegative());
        }
    }

    @Test
    void the_busier_day_is_busier() {
        var days = LocalDate.of(2022, 3, 1).datesUntil(LocalDate.of(2023, 12, 31))
                .filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
        var volumes = ArrivalPattern.volumes(days, 8, d -> d.getDayOfWeek() == DayOfWeek.THURSDAY, 2.0, new Random(2022));
        double thursdays = volumes.entrySet().stream().filter(e -> e.getKey().getDayOfWeek() == DayOfWeek.THURSDAY)
                .mapToInt(e -> e.getValue()).average().orElse(0);
        double wednesdays = volumes.entrySet().stream().filter(e -> e.getKey().getDayOfWeek() == DayOfWeek.WEDNESDAY)
                .mapToInt(e -> e.getValue()).average().orElse(0);
        assertThat(thursdays).isGreaterThan(wednesdays * 1.6);
    }
}
