package vn.motcua.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Instants as pages show them, in Vietnam time (every office's zone): {@code ${@officeTimes.at(r.collectedAt())}}.
 * Deadlines and their judgements stay with the calendar; this only writes a moment for reading.
 */
@Component("officeTimes")
public class OfficeTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    public String at(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
