package vn.motcua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A statistics page's period from its parameters: defaults, and a bad period corrected rather than refused. */
class ReportPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "tu={0} den={1} → {2} to {3}, corrected {4}")
    @CsvSource({
            "'', '', 2026-11-01, 2026-11-23, false",
            "2026-01-01, '', 2026-01-01, 2026-11-23, false",
            "'', 2026-10-15, 2026-10-01, 2026-10-15, false",
            "2026-03-01, 2026-03-31, 2026-03-01, 2026-03-31, false",
            "01/03/2026, 31032026, 2026-03-01, 2026-03-31, false", // typed day first, as the page's text fields take it
            "03/01/2026, '', 2026-01-03, 2026-11-23, false", // 3 January, never 1 March
            "31/12/2026, '', 2026-11-01, 2026-11-23, true", // after today
            "2026-12-01, 2026-11-01, 2026-11-01, 2026-11-23, true",
            "2026-02-30, '', 2026-11-01, 2026-11-23, true",
            "1900-01-01, 2999-12-31, 1900-01-01, 2999-12-31, false",
            "1899-12-31, 2026-01-01, 2026-11-01, 2026-11-23, true",
            "2026-01-01, 3000-01-01, 2026-11-01, 2026-11-23, true",
            "0001-01-01, +999999999-12-31, 2026-11-01, 2026-11-23, true",
            "-999999999-01-01, '', 2026-11-01, 2026-11-23, true"})
    void a_period_falls_back_to_the_default_and_says_so_when_it_cannot_be_read(String from, String to, LocalDate start,
            LocalDate end, boolean corrected) {
        var period = ReportPeriod.parse(from, to, TODAY, day -> day.withDayOfMonth(1));
        assertThat(period).isEqualTo(new ReportPeriod(start, end, corrected));
    }
}
