package vn.motcua.calendar.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Reads the official days off and make-up working days from CSV: {@code date,kind,name,note} with kind
 * {@code day_off} or {@code working_day}. A bad line is refused with its line number.
 */
public final class HolidayCsv {

    private HolidayCsv() {
    }

    public static List<DayException> read(Reader source) {
        var result = new ArrayList<DayException>();
        try (var lines = new BufferedReader(source)) {
            String line = lines.readLine();
            if (line == null || !line.strip().startsWith("date,kind,name")) {
                throw new InvalidValueException("holidayCsv.header", "Expected the header date,kind,name,note");
            }
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    result.add(parse(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static DayException parse(String line, int number) {
        String[] fields = line.split(",", 4);
        if (fields.length < 3) {
            throw new InvalidValueException("holidayCsv.line", "Line " + number + ": expected date,kind,name,note");
        }
        try {
            DayException.Kind kind = switch (fields[1].strip()) {
                case "day_off" -> DayException.Kind.DAY_OFF;
                case "working_day" -> DayException.Kind.MAKE_UP_WORKING_DAY;
                default -> throw new InvalidValueException("holidayCsv.kind",
                        "Line " + number + ": kind must be day_off or working_day");
            };
            return new DayException(LocalDate.parse(fields[0].strip()), kind, fields[2],
                    fields.length > 3 ? fields[3] : null);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("holidayCsv.date", "Line " + number + ": not a date: " + fields[0]);
        }
    }
}
