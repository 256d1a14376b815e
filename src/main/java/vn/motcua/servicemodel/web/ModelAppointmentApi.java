package vn.motcua.servicemodel.web;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.motcua.calendar.CalendarParameters;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.AppliedModel;
import vn.motcua.servicemodel.domain.ReceptionModels;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * The appointment of a procedure at an office: its legal time there, counted by the office's calendar with the
 * service models in force on that date (an extra session counts as working time; a no-appointment day makes a
 * covered procedure due the same day). The same address as the calendar's appointment, with {@code procedureCode}
 * instead of {@code amount} and {@code unit}.
 */
@RestController
class ModelAppointmentApi {

    private final WorkingCalendars calendars;
    private final Catalogue catalogue;
    private final ServiceModels models;

    ModelAppointmentApi(WorkingCalendars calendars, Catalogue catalogue, ServiceModels models) {
        this.calendars = calendars;
        this.catalogue = catalogue;
        this.models = models;
    }

    record TimeAnswer(String unit, Object amount) {
        static TimeAnswer of(ProcessingTime t) {
            return new TimeAnswer(t.unit().name(), t.statedAmount() == null ? null : t.statedAmount().toPlainString());
        }
    }

    record ModelAppointmentAnswer(String officeCode, String procedureCode, String procedureName, String receivedAt,
            String clockStartsAt, String dueAt, TimeAnswer legalTime, TimeAnswer appliedTime, List<AppliedModel> models) {
    }

    @Operation(summary = "The due date of a procedure received at an office, with its service models",
            description = "Applies the procedure's legal time at the office and the office's service models in force "
                    + "on that date, and lists the models that applied.")
    @ApiResponse(responseCode = "200", description = "The appointment")
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed; the problem names it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such office, or no such procedure in force on that date",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping(value = "/api/v1/offices/{officeCode}/appointment", params = "procedureCode")
    ModelAppointmentAnswer appointment(
            @Parameter(description = "The office's agency code", example = "H99.04") @PathVariable String officeCode,
            @Parameter(description = "Receipt time, local to Asia/Ho_Chi_Minh; an offset may be given", required = true,
                    example = "2026-11-26T17:30") @RequestParam(required = false) String receivedAt,
            @Parameter(description = "The procedure's code in the national catalogue", example = "1.004873")
            @RequestParam String procedureCode) {
        AgencyCode office = CalendarParameters.office(officeCode);
        LocalDateTime received = CalendarParameters.localDateTime("receivedAt", receivedAt);
        ProcedureVersion version = catalogue.versionOn(procedure(procedureCode), received.toLocalDate())
                .orElseThrow(() -> new NotFoundException("No procedure " + procedureCode + " in force on " + received.toLocalDate()));
        var calendar = calendars.of(office).orElseThrow(() -> new NotFoundException("No office with the code " + office));
        ReceptionModels applied = models.atReception(office, received, version.code().value(), version.field(), false);
        ProcessingTime time = applied.sameDay() ? ProcessingTime.sameDay(null) : version.legalTime();
        Appointment a = Deadlines.appointment(calendar, received, time);
        // Only the models that change reception or the due date are reported; the survey and assisted filling do not.
        List<AppliedModel> relevant = applied.applied().stream()
                .filter(m -> m.kind() != ServiceModelKind.QR_SURVEY && m.kind() != ServiceModelKind.ASSISTED_FILLING).toList();
        return new ModelAppointmentAnswer(office.value(), version.code().value(), version.name(),
                CalendarParameters.withOffset(a.receivedAt()), CalendarParameters.withOffset(a.clockStartsAt()),
                CalendarParameters.withOffset(a.dueAt()), TimeAnswer.of(version.legalTime()), TimeAnswer.of(time), relevant);
    }

    private static ProcedureCode procedure(String code) {
        try {
            return ProcedureCode.of(code);
        } catch (InvalidValueException e) {
            throw new BadParameterException("procedureCode", e.getMessage());
        }
    }

}
