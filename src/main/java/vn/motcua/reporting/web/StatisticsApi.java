package vn.motcua.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.motcua.calendar.CalendarParameters;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.reporting.ModelStatistics;

/**
 * An office's figures for a period, from the daily counters: received, finished (early, on time, late) and the
 * on-time rate in percent with two decimals (null with nothing finished, never 100). For the staff of the office
 * or of an agency above it.
 */
@RestController
class StatisticsApi {

    static final int MAX_DAYS = 3700;

    record Statistics(String officeCode, LocalDate from, LocalDate to, long received, long finished, long early, long onTime,
            long late, BigDecimal onTimeRate) {
    }

    private final ModelStatistics statistics;
    private final Offices offices;

    StatisticsApi(ModelStatistics statistics, Offices offices) {
        this.statistics = statistics;
        this.offices = offices;
    }

    /** The dates a statistics request may name (the pages' {@code ReportPeriod} keeps to the same). */
    @Operation(summary = "An office's statistics for a period",
            description = "onTimeRate = (early + onTime) / (early + onTime + late) × 100, two decimals; null when nothing "
                    + "finished. Dossiers count on the day they were received; finished ones on the day they finished.")
    @GetMapping("/api/v1/offices/{officeCode}/statistics")
    Statistics statistics(@AuthenticationPrincipal OfficeMember me,
            @Parameter(description = "The office's agency code", example = "H99.02") @PathVariable String officeCode,
            @Parameter(description = "First day, 1900-01-01 to 2999-12-31", required = true, example = "2021-01-01",
                    schema = @Schema(format = "date")) @RequestParam(required = false) String from,
            @Parameter(description = "Last day, included; at most 3,700 days after the first", required = true,
                    example = "2021-12-31", schema = @Schema(format = "date")) @RequestParam(required = false) String to) {
        AgencyCode office = CalendarParameters.office(officeCode);
        LocalDate first = CalendarParameters.date("from", from);
        LocalDate last = CalendarParameters.date("to", to);
        // dates before 1900 or after 2999 are refused where they are read (CalendarParameters.date)
        if (last.isBefore(first)) {
            throw new BadParameterException("to", "'to' must not be before 'from'");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(first, last) > MAX_DAYS) {
            throw new BadParameterException("to", "At most " + MAX_DAYS + " days at a time");
        }
        if (offices.find(office).isEmpty()) {
            throw new NotFoundException("No office with the code " + office);
        }
        if (!offices.isWithin(office, AgencyCode.of(me.officeCode()))) {
            throw new AccessDeniedException(me.getUsername() + " may not read the statistics of " + office);
        }
        var c = statistics.office(office, first, last);
        return new Statistics(office.value(), first, last, c.received(), c.finished(), c.early(), c.onTime(), c.late(),
                c.onTimeRate().orElse(null));
    }
}
