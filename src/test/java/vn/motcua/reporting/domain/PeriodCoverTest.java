package vn.motcua.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.reporting.domain.CountSums.Grain;

class PeriodCoverTest {

    @ParameterizedTest(name = "[{0}, {1}) up to {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        "2025-01-01; 2026-01-01; Y; Y 2025-01-01..2026-01-01",
        "2021-01-01; 2026-01-01; Y; Y 2021-01-01..2026-01-01",
        "2025-04-01; 2025-07-01; Y; M 2025-04-01..2025-07-01",
        "2025-01-01; 2026-01-01; M; M 2025-01-01..2026-01-01",
        "2025-03-15; 2025-03-16; Y; D 2025-03-15..2025-03-16",
        "2025-01-10; 2026-03-05; Y; D 2025-01-10..2025-02-01 M 2025-02-01..2026-03-01 D 2026-03-01..2026-03-05",
        "2024-12-30; 2027-02-02; Y; D 2024-12-30..2025-01-01 Y 2025-01-01..2027-01-01 M 2027-01-01..2027-02-01 D 2027-02-01..2027-02-02",
        "2024-12-30; 2027-02-02; D; D 2024-12-30..2027-02-02",
        "2025-05-01; 2025-05-01; Y; ''",
        "2025-05-02; 2025-05-01; Y; ''",
    })
    void the_fewest_rows_of_the_coarsest_grains_cover_the_span(LocalDate from, LocalDate to, Grain coarsest, String expected) {
        assertThat(describe(from, to, coarsest)).isEqualTo(expected);
    }

    @Test
    void the_days_before_a_day_are_its_years_months_and_days() {
        assertThat(describe(PeriodCover.BEGINNING, LocalDate.of(2025, 11, 23), Grain.Y))
                .isEqualTo("Y 1900-01-01..2025-01-01 M 2025-01-01..2025-11-01 D 2025-11-01..2025-11-23");
    }

    @Test
    void random_spans_are_covered_day_by_day_exactly_once_without_gaps() {
        var random = new Random(20261123);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2_500));
            LocalDate to = from.plusDays(random.nextInt(1_200));
            Grain coarsest = Grain.values()[random.nextInt(3)];
            var parts = PeriodCover.of(from, to, coarsest);
            LocalDate next = from;
            for (var part : parts) {
                assertThat(part.from()).isEqualTo(next);
                assertThat(part.grain().compareTo(coarsest)).isLessThanOrEqualTo(0);
                switch (part.grain()) {
                    case Y -> assertThat(part.from().getDayOfYear() == 1 && part.to().getDayOfYear() == 1).isTrue();
                    case M -> assertThat(part.from().getDayOfMonth() == 1 && part.to().getDayOfMonth() == 1).isTrue();
                    case D -> { }
                }
                next = part.to();
            }
            assertThat(next).isEqualTo(from.isBefore(to) ? to : from);
            // at most: days, months, years, months, days
            assertThat(parts).hasSizeLessThanOrEqualTo(5);
        }
    }

    private static String describe(LocalDate from, LocalDate to, Grain coarsest) {
        return PeriodCover.of(from, to, coarsest).stream().map(p -> p.grain() + " " + p.from() + ".." + p.to())
                .collect(Collectors.joining(" "));
    }
}
