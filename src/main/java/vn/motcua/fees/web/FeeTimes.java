package vn.motcua.fees.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendars;

/** Instants as the fee pages show them, in office time: {@code ${@feeTimes.at(r.collectedAt())}}. */
@Component("feeTimes")
public class FeeTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(WorkingCalendars.ZONE);

    public String at(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
