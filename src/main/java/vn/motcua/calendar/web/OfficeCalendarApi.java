package vn.motcua.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.AppointmentCalculator;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;

/** The public calendar API: an office's appointment for a receipt time and duration, and its days. */
@RestController
@RequestMapping("/api/v1/offices/{officeCode}")
class OfficeCalendarApi {

    static final int MAX_CALENDAR_DAYS = 366;

    private final WorkingCalendars calendars;

    OfficeCalendarApi(WorkingCalendars calendars) {
        this.calendars = calendars;
    }

    record AppointmentAnswer(String officeCode, String receivedAt, String clockStartsAt, String dueAt, String unit,
            Object amount, String cutoff, String convention, int daysCounted, List<LocalDate> countedDays) {
    }

    record SessionAnswer(String start, String end, String label) {
    }

    record DayAnswer(LocalDate date, boolean working, String kind, String reason, List<SessionAnswer> sessions) {
    }

    record CalendarAnswer(String officeCode, LocalDate from, LocalDate to, List<DayAnswer> days) {
    }

    @GetMapping("/appointment")
    AppointmentAnswer appointment(@PathVariable String officeCode,
            @RequestParam(required = false) String receivedAt, @RequestParam(required = false) String amount,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String cutoff) {
        AgencyCode office = ApiParameters.office(officeCode);
        LocalDateTime received = ApiParameters.localDateTime("receivedAt", receivedAt);
        var time = ApiParameters.processingTime(unit, amount, cutoff);
        Appointment a = AppointmentCalculator.appointment(calendar(office), received, time);
        Object shownAmount = switch (time.unit()) {
            case SAME_DAY -> null;
            case WORKING_HOURS -> java.math.BigDecimal.valueOf(time.amount()).divide(java.math.BigDecimal.valueOf(60))
                    .stripTrailingZeros().toPlainString();
            default -> time.amount();
        };
        return new AppointmentAnswer(office.value(), offset(a.receivedAt()), offset(a.clockStartsAt()),
                offset(a.dueAt()), time.unit().name(), shownAmount,
                time.cutoff() == null ? null : time.cutoff().toString(), a.convention().name(),
                a.countedDays().size(), a.countedDays());
    }

    @GetMapping("/calendar")
    CalendarAnswer calendar(@PathVariable String officeCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        AgencyCode office = ApiParameters.office(officeCode);
        LocalDate first = ApiParameters.date("from", from);
        LocalDate last = ApiParameters.date("to", to);
        if (last.isBefore(first)) {
            throw new BadParameterException("to", "'to' must not be before 'from'");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_CALENDAR_DAYS) {
            throw new BadParameterException("to", "At most " + MAX_CALENDAR_DAYS + " days at a time");
        }
        OfficeCalendar calendar = calendar(office);
        List<DayAnswer> days = first.datesUntil(last.plusDays(1)).map(calendar::day).map(OfficeCalendarApi::day).toList();
        return new CalendarAnswer(office.value(), first, last, days);
    }

    private OfficeCalendar calendar(AgencyCode office) {
        return calendars.of(office).orElseThrow(() -> new NotFoundException("No office with the code " + office));
    }

    private static DayAnswer day(DaySchedule d) {
        return new DayAnswer(d.date(), d.isWorking(), d.kind().name(), d.reason(),
                d.sessions().stream().map(s -> new SessionAnswer(s.start().toString(), s.end().toString(), s.label()))
                        .toList());
    }

    private static String offset(LocalDateTime local) {
        return local.atZone(WorkingCalendars.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints calendarApi() {
            return () -> List.of("/api/v1/offices/*/appointment", "/api/v1/offices/*/calendar");
        }
    }
}
