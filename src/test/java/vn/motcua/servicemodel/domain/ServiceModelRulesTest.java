package vn.motcua.servicemodel.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.calendar.domain.AppointmentCalculator;
import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The service models of the seeds (service-models.md) as rules: which apply to a dossier received at an instant,
 * and what they change. 2026-11-26 is a Thursday, 2026-11-30 a Monday.
 */
class ServiceModelRulesTest {

    static final ServiceModel NINTH_HOUR = model("H99.04", ServiceModelKind.EXTENDED_SESSION, "Giờ làm việc thứ 9",
            "2024-06-20", Set.of(THURSDAY), WorkingSession.of("17:00", "18:00"), List.of(), true);
    static final ServiceModel EARLY = model("H99.03", ServiceModelKind.EARLY_OPENING, "30 phút vì dân", "2023-10-23",
            Set.of(MONDAY, FRIDAY), WorkingSession.of("07:00", "07:30"), List.of(), true);
    static final ServiceModel NO_SLIP_MONDAY = model("H99.03", ServiceModelKind.NO_APPOINTMENT_DAY,
            "Thứ 2 – ngày không giấy hẹn", "2023-10-23", Set.of(MONDAY), null, List.of(), false);
    static final ServiceModel JUSTICE_MONDAY = model("H99.06", ServiceModelKind.NO_APPOINTMENT_DAY, "Ngày không hẹn",
            "2024-01-01", Set.of(MONDAY), null, List.of("Hộ tịch", "Chứng thực", "Bảo trợ xã hội"), true);
    static final ServiceModel THURSDAY_NO_WRITING = model("H99.05", ServiceModelKind.ASSISTED_FILLING, "Công dân không viết",
            "2022-03-01", Set.of(THURSDAY), null, List.of(), true);

    private static ServiceModel model(String office, ServiceModelKind kind, String name, String from, Set<DayOfWeek> days,
            WorkingSession session, List<String> fields, boolean slip) {
        return new ServiceModel(1L, AgencyCode.of(office), kind, name, LocalDate.parse(from), null, days, session, fields,
                List.of(), slip, false);
    }

    private static ReceptionModels at(ServiceModel m, String when, String field, boolean assisted) {
        return ReceptionModels.at(List.of(m), LocalDateTime.parse(when), "1.000000", field, assisted);
    }

    @ParameterizedTest(name = "Ba Vì receives at {0}: in the 9th hour {1}")
    @CsvSource({"2026-11-26T17:30, true", "2026-11-26T17:00, true", "2026-11-26T18:00, false", "2026-11-26T16:00, false",
            "2026-11-25T17:30, false", "2024-06-13T17:30, false", "2024-06-20T17:30, true"})
    void a_dossier_received_in_the_extra_hour_on_a_thursday_since_the_start_counts_for_the_model(String when, boolean applies) {
        assertThat(at(NINTH_HOUR, when, "Hộ tịch", false).has(ServiceModelKind.EXTENDED_SESSION)).isEqualTo(applies);
    }

    @ParameterizedTest(name = "Vĩnh Thạnh, {1} at {0}: due the same day {2}")
    @CsvSource({"2026-11-30T10:00, Hộ tịch, true", "2026-11-30T10:00, ho tich, true", "2026-11-30T10:00, Bảo trợ xã hội, true",
            "2026-11-30T10:00, Đăng ký cư trú, false", "2026-12-01T10:00, Hộ tịch, false", "2023-12-25T10:00, Hộ tịch, false"})
    void a_no_appointment_day_makes_a_covered_dossier_due_the_same_day_only_on_its_weekday_and_after_its_start(
            String when, String field, boolean sameDay) {
        ReceptionModels models = at(JUSTICE_MONDAY, when, field, false);
        assertThat(models.sameDay()).isEqualTo(sameDay);
        assertThat(models.has(ServiceModelKind.NO_APPOINTMENT_DAY)).isEqualTo(sameDay);
    }

    @Test
    void thuy_khue_on_monday_at_seven_opens_early_and_prints_no_slip_and_on_friday_only_opens_early() {
        var monday = ReceptionModels.at(List.of(EARLY, NO_SLIP_MONDAY), LocalDateTime.parse("2026-11-30T07:10"), "1.004873",
                "Hộ tịch", false);
        assertThat(monday.applied()).extracting(AppliedModel::kind)
                .containsExactly(ServiceModelKind.EARLY_OPENING, ServiceModelKind.NO_APPOINTMENT_DAY);
        assertThat(monday.sameDay()).isTrue();
        assertThat(monday.slipPrinted()).isFalse();
        var friday = ReceptionModels.at(List.of(EARLY, NO_SLIP_MONDAY), LocalDateTime.parse("2026-11-27T07:10"), "1.004873",
                "Hộ tịch", false);
        assertThat(friday.applied()).extracting(AppliedModel::kind).containsExactly(ServiceModelKind.EARLY_OPENING);
        assertThat(friday.sameDay()).isFalse();
        assertThat(friday.slipPrinted()).isTrue();
    }

    @ParameterizedTest(name = "assisted {1} at {0}: recorded {2}")
    @CsvSource({"2026-11-26T09:00, true, true", "2026-11-26T09:00, false, false", "2026-11-27T09:00, true, false"})
    void assisted_filling_is_recorded_when_the_officer_filled_the_form_on_a_model_day(String when, boolean assisted,
            boolean recorded) {
        assertThat(at(THURSDAY_NO_WRITING, when, "Hộ tịch", assisted).has(ServiceModelKind.ASSISTED_FILLING)).isEqualTo(recorded);
    }

    @Test
    void the_extra_hour_is_working_time_so_a_dossier_received_at_1730_on_thursday_is_due_a_day_earlier() {
        var standard = CalendarRules.standard(List.of());
        var without = new OfficeCalendar(standard);
        var with = new OfficeCalendar(standard.withExtraSessions(List.of(NINTH_HOUR.extraSession().orElseThrow())));
        LocalDateTime thursday = LocalDateTime.parse("2026-11-26T17:30");
        var threeDays = ProcessingTime.workingDays(3);
        assertThat(AppointmentCalculator.appointment(without, thursday, threeDays).dueAt())
                .isEqualTo(LocalDateTime.parse("2026-12-02T17:00"));
        assertThat(AppointmentCalculator.appointment(with, thursday, threeDays).dueAt())
                .isEqualTo(LocalDateTime.parse("2026-12-01T17:00"));
        assertThat(with.day(LocalDate.parse("2026-11-26")).sessions()).extracting(WorkingSession::label)
                .contains("Giờ làm việc thứ 9");
    }

    @Test
    void a_model_is_refused_without_what_its_kind_needs() {
        assertThatThrownBy(() -> model("H99.04", ServiceModelKind.EXTENDED_SESSION, "Giờ thứ 9", "2026-12-01",
                Set.of(THURSDAY), null, List.of(), true)).isInstanceOf(InvalidValueException.class).hasMessageContaining("session");
        assertThatThrownBy(() -> model("H99.04", ServiceModelKind.NO_APPOINTMENT_DAY, "Không hẹn", "2026-12-01",
                Set.of(), null, List.of(), true)).isInstanceOf(InvalidValueException.class).hasMessageContaining("weekdays");
        assertThatThrownBy(() -> model("H99.04", ServiceModelKind.QR_SURVEY, " ", "2026-12-01", Set.of(), null, List.of(), true))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ServiceModel(null, AgencyCode.of("H99.04"), ServiceModelKind.QR_SURVEY, "QR",
                LocalDate.parse("2026-12-01"), LocalDate.parse("2026-11-30"), Set.of(), null, List.of(), List.of(), true, false))
                .isInstanceOf(InvalidValueException.class);
        assertThat(model("H99.04", ServiceModelKind.SATURDAY_RECEPTION, "Thứ Bảy", "2026-12-01", Set.of(MONDAY),
                WorkingSession.of("07:30", "11:30"), List.of(), true).weekdays()).containsExactly(DayOfWeek.SATURDAY);
    }

    @Test
    void an_ended_model_is_not_in_force_after_its_last_day() {
        ServiceModel ended = NINTH_HOUR.endingOn(LocalDate.parse("2026-11-30"));
        assertThat(ended.inForceOn(LocalDate.parse("2026-11-26"))).isTrue();
        assertThat(ended.inForceOn(LocalDate.parse("2026-12-03"))).isFalse();
        assertThat(ended.extraSession().orElseThrow().appliesOn(LocalDate.parse("2026-12-03"))).isFalse();
    }
}
