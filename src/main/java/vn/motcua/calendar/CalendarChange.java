package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import vn.motcua.calendar.domain.DayCountConvention;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.SeasonalHours;
import vn.motcua.calendar.domain.WeeklyHours;

/** One edit of an office's own calendar; {@link #describe()} is what the audit trail records. */
public sealed interface CalendarChange {

    String describe();

    record ReplaceWeeklyHours(WeeklyHours hours) implements CalendarChange {
        @Override
        public String describe() {
            return "weekly hours: " + Arrays.stream(DayOfWeek.values()).filter(d -> !hours.on(d).isEmpty())
                    .map(d -> d + " " + hours.on(d).stream().map(s -> s.start() + "-" + s.end())
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
        }
    }

    record SetConvention(DayCountConvention convention) implements CalendarChange {
        @Override
        public String describe() {
            return "convention " + convention;
        }
    }

    record AddExtraSession(ExtraSession extra) implements CalendarChange {
        @Override
        public String describe() {
            return "extra session added: " + extra.session().label() + " " + extra.days() + " " + extra.session().start()
                    + "-" + extra.session().end() + " from " + extra.from() + (extra.until() == null ? "" : " until " + extra.until());
        }
    }

    record RemoveExtraSession(long id) implements CalendarChange {
        @Override
        public String describe() {
            return "extra session removed: #" + id;
        }
    }

    record AddSeason(SeasonalHours season) implements CalendarChange {
        @Override
        public String describe() {
            return "season added: " + season.name() + " " + season.from() + " to " + season.to();
        }
    }

    record RemoveSeason(long id) implements CalendarChange {
        @Override
        public String describe() {
            return "season removed: #" + id;
        }
    }

    record PutException(DayException exception) implements CalendarChange {
        @Override
        public String describe() {
            return "day " + exception.date() + " set to " + exception.kind() + " (" + exception.name() + ")";
        }
    }

    record RemoveException(LocalDate day) implements CalendarChange {
        @Override
        public String describe() {
            return "day " + day + " back to the usual hours";
        }
    }

    /** Drops the office's own calendar: it inherits its parent's again. */
    record InheritAgain() implements CalendarChange {
        @Override
        public String describe() {
            return "own calendar removed; inherits again";
        }
    }
}
