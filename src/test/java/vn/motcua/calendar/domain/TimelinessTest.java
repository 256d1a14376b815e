package vn.motcua.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.domain.Calendars.at;

import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one timeliness function, row by row as metrics.md §1 states it. */
class TimelinessTest {

    private static final long ONE_WORKING_DAY = 7 * 60 + 30;

    @ParameterizedTest(name = "due {0}, rescheduled {1}, finished {2}, now {3}, excluded {4}: {5} (new date met: {6})")
    @CsvSource(nullValues = "-", value = {
            // finished
            "2026-03-05T17:00, -, 2026-03-04T16:00, 2026-03-20T08:00, false, EARLY, -",
            "2026-03-05T17:00, -, 2026-03-02T08:00, 2026-03-20T08:00, false, EARLY, -",
            "2026-03-05T17:00, -, 2026-03-05T08:00, 2026-03-20T08:00, false, ON_TIME, -",
            "2026-03-05T17:00, -, 2026-03-05T17:00, 2026-03-20T08:00, false, ON_TIME, -",
            "2026-03-05T17:00, -, 2026-03-05T17:01, 2026-03-20T08:00, false, LATE, -",
            "2026-03-05T17:00, -, 2026-03-09T09:00, 2026-03-20T08:00, false, LATE, -",
            // in progress
            "2026-03-05T17:00, -, -, 2026-03-02T09:00, false, NOT_DUE, -",
            "2026-03-05T17:00, -, -, 2026-03-05T09:00, false, DUE_SOON, -",
            "2026-03-05T17:00, -, -, 2026-03-04T17:00, false, DUE_SOON, -",
            "2026-03-05T17:00, -, -, 2026-03-05T17:00, false, DUE_SOON, -",
            "2026-03-05T17:00, -, -, 2026-03-05T17:01, false, OVERDUE, -",
            "2026-02-24T17:00, -, -, 2026-02-13T16:00, false, NOT_DUE, -",   // Tết in between is not working time
            // rescheduled by an apology: judged against the original due instant
            "2026-03-05T17:00, 2026-03-10T17:00, 2026-03-09T10:00, 2026-03-20T08:00, false, LATE, true",
            "2026-03-05T17:00, 2026-03-10T17:00, 2026-03-11T10:00, 2026-03-20T08:00, false, LATE, false",
            "2026-03-05T17:00, 2026-03-10T17:00, -, 2026-03-06T10:00, false, OVERDUE, true",
            // not counted
            "2026-03-05T17:00, -, 2026-03-09T09:00, 2026-03-20T08:00, true, EXCLUDED, -",
            "-, -, 2026-03-09T09:00, 2026-03-20T08:00, false, NO_LEGAL_TIME, -",
    })
    void one_rule_classifies_every_dossier(String due, String rescheduled, String finished, String now,
            boolean excluded, TimelinessClass expected, Boolean newDateMet) {
        var facts = new Timeliness.Facts(time(due), time(rescheduled), time(finished), excluded);
        var verdict = Timeliness.judge(facts, at(now), Calendars.standard(), ONE_WORKING_DAY);
        assertThat(verdict.timeliness()).isEqualTo(expected);
        assertThat(verdict.rescheduledDueMet()).isEqualTo(newDateMet);
        assertThat(verdict.countsInRate()).isEqualTo(expected == TimelinessClass.EARLY
                || expected == TimelinessClass.ON_TIME || expected == TimelinessClass.LATE);
    }

    private static LocalDateTime time(String value) {
        return value == null ? null : at(value);
    }
}
