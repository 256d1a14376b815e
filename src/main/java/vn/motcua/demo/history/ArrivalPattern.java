package vn.motcua.demo.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * How many dossiers arrive on each working day: a mean per day shaped by the season (the rush before Tết, the
 * flood after it, summer school enrolment, the year's end), the day of the week (Monday busiest, Friday afternoon
 * quiet), chosen days made busier (a model's Thursday), noise and rare peaks; then scaled to an exact total where
 * the seeds give one.
 */
final class ArrivalPattern {

    /** The first day of Tết (Lunar New Year) in the years the demo covers. */
    static final List<LocalDate> TET = List.of(LocalDate.of(2020, 1, 25), LocalDate.of(2021, 2, 12), LocalDate.of(2022, 2, 1),
            LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10), LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17),
            LocalDate.of(2027, 2, 6));

    private ArrivalPattern() {
    }

    /** The season's factor on a day. */
    static double season(LocalDate day) {
        for (LocalDate tet : TET) {
            long before = ChronoUnit.DAYS.between(day, tet);
            if (before > 0 && before <= 14) {
                return 1.3;   // papers before the holiday
            }
            long after = ChronoUnit.DAYS.between(tet, day);
            if (after >= 0 && after <= 21) {
                return 1.45;  // back to work, everything at once
            }
        }
        return switch (day.getMonth()) {
            case JUNE, JULY, AUGUST -> 1.1;
            case DECEMBER -> 1.15;
            default -> 1.0;
        };
    }

    static double weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> 1.2;
            case FRIDAY -> 0.85;
            case SATURDAY, SUNDAY -> 0.5;
            default -> 1.0;
        };
    }

    /**
     * Dossiers per working day: mean × season × weekday × (busier on the chosen days) × noise, with a peak (close to
     * twice the mean) on about one day in forty.
     */
    static Map<LocalDate, Integer> volumes(List<LocalDate> workingDays, double mean, Predicate<LocalDate> busier,
            double busierFactor, Random random) {
        var volumes = new LinkedHashMap<LocalDate, Integer>();
        for (LocalDate day : workingDays) {
            double expected = mean * season(day) * weekday(day.getDayOfWeek()) * (busier.test(day) ? busierFactor : 1.0);
            if (random.nextInt(40) == 0) {
                expected = Math.max(expected, mean * (1.8 + 0.2 * random.nextDouble()));
            }
            double noisy = expected * (1 + 0.15 * random.nextGaussian());
            volumes.put(day, (int) Math.max(0, Math.round(noisy)));
        }
        return volumes;
    }

    /**
     * Scales the volumes of the chosen days so that they add up to exactly {@code total}: proportionally, then one
     * at a time on random days for what rounding left over.
     */
    static void scaleTo(Map<LocalDate, Integer> volumes, Predicate<LocalDate> which, int total, Random random) {
        var days = volumes.keySet().stream().filter(which).toList();
        if (days.isEmpty()) {
            throw new IllegalArgumentException("No working day to place " + total + " dossiers on");
        }
        long sum = days.stream().mapToLong(volumes::get).sum();
        for (LocalDate d : days) {
            volumes.put(d, sum == 0 ? total / days.size() : (int) Math.round(volumes.get(d) * (double) total / sum));
        }
        int diff = total - days.stream().mapToInt(volumes::get).sum();
        while (diff != 0) {
            LocalDate d = days.get(random.nextInt(days.size()));
            int v = volumes.get(d);
            if (diff > 0) {
                volumes.put(d, v + 1);
                diff--;
            } else if (v > 0) {
                volumes.put(d, v - 1);
                diff++;
            }
        }
    }
}
