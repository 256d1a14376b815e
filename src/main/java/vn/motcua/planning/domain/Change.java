package vn.motcua.planning.domain;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.servicemodel.domain.ServiceModel;

/** What a leader asks the simulator to change in an office's past period. */
public sealed interface Change {

    /** The share of a day's visitors who would come in added desk time, at most. */
    int MAX_SHARE = 50;
    int MAX_MINUTES = 180;

    /** Nothing: the test of honesty. */
    record Unchanged() implements Change {
    }

    /**
     * A service model added (its session, if it adds one, takes {@code sharePercent} of its days' visitors; a
     * no-appointment day makes the dossiers it covers due the same day).
     */
    record AddModel(ServiceModel model, int sharePercent) implements Change {
        public AddModel {
            Objects.requireNonNull(model, "model");
            share(sharePercent);
        }
    }

    /** One of the office's models taken away (its visitors come at the next opening). */
    record RemoveModel(long modelId) implements Change {
    }

    /** Counters open each day, more or fewer. */
    record Counters(int delta) implements Change {
        public Counters {
            if (delta == 0 || Math.abs(delta) > 20) {
                throw new InvalidValueException("simulation.counters", "From -20 to 20 counters, not 0");
            }
        }
    }

    /** A unit's officers from {@code now} to {@code planned}: the dossiers it holds at once change in proportion. */
    record UnitOfficers(String unit, int now, int planned) implements Change {
        public UnitOfficers {
            if (unit == null || unit.isBlank()) {
                throw new InvalidValueException("simulation.unit", "Choose a unit");
            }
            if (now < 1 || now > 200 || planned < 1 || planned > 200) {
                throw new InvalidValueException("simulation.officers", "From 1 to 200 officers");
            }
        }

        public double factor() {
            return planned / (double) now;
        }
    }

    /**
     * Opening earlier (negative: later) and closing later (negative: earlier) on the weekdays, by minutes; the added
     * time takes {@code sharePercent} of those days' visitors.
     */
    record Hours(Set<DayOfWeek> days, int openEarlier, int closeLater, int sharePercent) implements Change {
        public Hours {
            if (days == null || days.isEmpty()) {
                throw new InvalidValueException("simulation.days", "Choose the weekdays");
            }
            days = Set.copyOf(days);
            if (Math.abs(openEarlier) > MAX_MINUTES || Math.abs(closeLater) > MAX_MINUTES || (openEarlier == 0 && closeLater == 0)) {
                throw new InvalidValueException("simulation.minutes", "From -180 to 180 minutes, not both 0");
            }
            share(sharePercent);
        }
    }

    private static void share(int percent) {
        if (percent < 0 || percent > MAX_SHARE) {
            throw new InvalidValueException("simulation.share", "From 0 to 50 %");
        }
    }
}
