package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

import vn.motcua.platform.domain.InvalidValueException;

/** A dated exception to the weekly hours: a day off, a make-up working day, or a local closure. */
public record DayException(LocalDate date, Kind kind, String name, String note) {

    public enum Kind {
        /** An official day off (holiday, swapped day). */
        DAY_OFF,
        /** A normally free day that is worked, with ordinary weekday hours (làm bù). */
        MAKE_UP_WORKING_DAY,
        /** This office alone is closed. */
        CLOSURE
    }

    public DayException {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("dayException.name", "A day off or make-up day needs a name");
        }
        name = name.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
