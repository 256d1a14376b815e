package vn.motcua.calendar.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.platform.domain.InvalidValueException;

/** A day's sessions as an administrator types them: "07:30-11:30, 13:30-17:00"; empty for a day not worked. */
final class SessionsText {

    private SessionsText() {
    }

    static String format(List<WorkingSession> sessions) {
        return sessions.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(", "));
    }

    /** The sessions, or empty when the text is not a list of ordered, non-overlapping sessions. */
    static Optional<List<WorkingSession>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(List.of());
        }
        var sessions = new ArrayList<WorkingSession>();
        try {
            for (String part : text.split("[,;]")) {
                String[] ends = part.strip().split("\\s*[-–]\\s*");
                if (ends.length != 2) {
                    return Optional.empty();
                }
                sessions.add(new WorkingSession(time(ends[0]), time(ends[1]), null));
            }
            sessions.sort(null);
            for (int i = 1; i < sessions.size(); i++) {
                if (sessions.get(i - 1).overlaps(sessions.get(i))) {
                    return Optional.empty();
                }
            }
            return Optional.of(sessions);
        } catch (DateTimeParseException | InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** "7:30", "07:30" or "7h30". */
    static LocalTime time(String text) {
        String t = text.strip().replace('h', ':').replace('H', ':');
        if (t.endsWith(":")) {
            t = t + "00";
        }
        if (t.indexOf(':') == 1) {
            t = "0" + t;
        }
        return LocalTime.parse(t);
    }
}
