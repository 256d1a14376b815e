package vn.motcua.calendar.web;

import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.calendar.CalendarParameters;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.DaySchedule;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PublicEndpoints;

/** The public calendar API: an office's appointment for a receipt time and duration, and its days. */
@Tag(name = "Calendar", description = "Offices' working calendars and due dates")
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

    /** @param receptionOnly sessions when only the desk receives: due dates do not count them */
    record DayAnswer(LocalDate date, boolean working, String kind, String reason, List<SessionAnswer> sessions,
            List<SessionAnswer> receptionOnly) {
    }

    record CalendarAnswer(String officeCode, LocalDate from, LocalDate to, List<DayAnswer> days) {
    }

    @Operation(summary = "The due date of a dossier received at an office",
            description = "Starts the clock at the first working instant at or after receipt and counts the "
                    + "duration with the office's own calendar and day-count convention.")
    @ApiResponse(responseCode = "200", description = "The appointment")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed; the problem names it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No office has this code",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/appointment")
    AppointmentAnswer appointment(
            @Parameter(description = "The office's agency code", example = "H99.01") @PathVariable String officeCode,
            @Parameter(description = "Receipt time, local to Asia/Ho_Chi_Minh; an offset may be given", required = true,
                    example = "2026-02-12T10:00") @RequestParam(required = false) String receivedAt,
            @Parameter(description = "The duration: whole days, or hours (e.g. 1.5) for WORKING_HOURS; "
                    + "required except for SAME_DAY", example = "3") @RequestParam(required = false) String amount,
            @Parameter(description = "The unit of the duration", required = true,
                    schema = @Schema(allowableValues = {"WORKING_DAYS", "WORKING_HOURS", "SAME_DAY", "CALENDAR_DAYS"}))
            @RequestParam(required = false) String unit,
            @Parameter(description = "SAME_DAY only: received at or after this time, due the next working day",
                    example = "15:00") @RequestParam(required = false) String cutoff) {
        AgencyCode office = CalendarParameters.office(officeCode);
        LocalDateTime received = CalendarParameters.localDateTime("receivedAt", receivedAt);
        var time = CalendarParameters.processingTime(unit, amount, cutoff);
        Appointment a = Deadlines.appointment(calendar(office), received, time);
        Object shownAmount = time.statedAmount() == null ? null
                : time.unit() == ProcessingUnit.WORKING_HOURS ? time.statedAmount().toPlainString() : time.amount();
        return new AppointmentAnswer(office.value(), CalendarParameters.withOffset(a.receivedAt()),
                CalendarParameters.withOffset(a.clockStartsAt()),
                CalendarParameters.withOffset(a.dueAt()), time.unit().name(), shownAmount,
                time.cutoff() == null ? null : time.cutoff().toString(), a.convention().name(),
                a.countedDays().size(), a.countedDays());
    }

    @Operation(summary = "An office's days between two dates",
            description = "Each day: whether it is worked and why (weekend, holiday name, make-up day, closure), "
                    + "and its sessions with their labels. At most " + MAX_CALENDAR_DAYS + " days at a time.")
    @ApiResponse(responseCode = "200", description = "The days")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed; the problem names it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No office has this code",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/calendar")
    CalendarAnswer calendar(
            @Parameter(description = "The office's agency code", example = "H99.01") @PathVariable String officeCode,
            @Parameter(description = "First day", required = true, example = "2026-02-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "Last day, included", required = true, example = "2026-02-28")
            @RequestParam(required = false) String to) {
        AgencyCode office = CalendarParameters.office(officeCode);
        LocalDate first = CalendarParameters.date("from", from);
        LocalDate last = CalendarParameters.date("to", to);
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
                sessions(d.sessions()), sessions(d.receptionOnly()));
    }

    private static List<SessionAnswer> sessions(List<WorkingSession> sessions) {
        return sessions.stream().map(s -> new SessionAnswer(s.start().toString(), s.end().toString(), s.label())).toList();
    }


    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints calendarApi() {
            return () -> List.of("/api/v1/offices/*/appointment", "/api/v1/offices/*/calendar");
        }
    }
}
