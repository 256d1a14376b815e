package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixture.CALENDAR;
import static vn.motcua.dossier.domain.DossierFixture.LEADER;
import static vn.motcua.dossier.domain.DossierFixture.RECEPTIONIST;
import static vn.motcua.dossier.domain.DossierFixture.SPECIALIST;
import static vn.motcua.dossier.domain.DossierFixture.aDossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.calendar.domain.AppointmentCalculator;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The legal rules of the workflow (rules.md §2): the supplement window, the restart after a supplement, one
 * apology at least a working day before the due date, the 15:00 transfer rule, the control sheet's verdicts;
 * and the codes (§5, §6). A dossier received Monday 2 March 2026 at 09:00 for 3 working days is due
 * Thursday 5 March at 17:00.
 */
class DossierRulesTest {

    static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 3, 2, 9, 0);

    private static Dossier processing() {
        Dossier d = aDossier().receivedAt(MONDAY_9).build();
        d.transfer(RECEPTIONIST, MONDAY_9.plusHours(1), CALENDAR, DossierRules.DEFAULT, "Tư pháp");
        return d;
    }

    @Test
    void the_due_date_is_three_working_days_after_the_day_of_receipt() {
        assertThat(aDossier().receivedAt(MONDAY_9).build().data().clock().dueAt()).isEqualTo(LocalDateTime.of(2026, 3, 5, 17, 0));
    }

    @ParameterizedTest(name = "a supplement asked at {0} is allowed: {1}")
    @CsvSource({"2026-03-04T16:00, true", "2026-03-05T17:00, true", "2026-03-06T08:00, false", "2026-03-09T09:00, false"})
    void a_supplement_is_asked_within_three_working_days_of_reception(LocalDateTime at, boolean allowed) {
        Dossier d = processing();
        if (allowed) {
            d.requestSupplement(SPECIALIST, at, CALENDAR, DossierRules.DEFAULT, List.of("Bản sao sổ hộ khẩu"));
            assertThat(d.data().missingItems()).containsExactly("Bản sao sổ hộ khẩu");
        } else {
            assertThatThrownBy(() -> d.requestSupplement(SPECIALIST, at, CALENDAR, DossierRules.DEFAULT, List.of("Ảnh")))
                    .isInstanceOfSatisfying(TransitionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.SUPPLEMENT_WINDOW_CLOSED));
        }
    }

    @Test
    void an_office_may_set_a_longer_supplement_window() {
        var fiveDays = new DossierRules(5, java.time.LocalTime.of(15, 0), 60);
        Dossier d = processing();
        d.requestSupplement(SPECIALIST, LocalDateTime.of(2026, 3, 9, 9, 0), CALENDAR, fiveDays, List.of("Ảnh"));
        assertThat(d.data().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @ParameterizedTest(name = "window of the procedure {0} days, office {1} days: asked Wednesday 11 March allowed {2}")
    @CsvSource({"7, 3, true", "5, 3, false", "2, 10, false", ", 10, true"})
    void a_procedure_that_states_its_own_supplement_window_overrides_the_office_rule(Integer procedureDays, int officeDays,
            boolean allowed) {
        var fixture = aDossier().receivedAt(MONDAY_9);
        Dossier d = (procedureDays == null ? fixture : fixture.withSupplementWindow(procedureDays)).build();
        d.transfer(RECEPTIONIST, MONDAY_9.plusHours(1), CALENDAR, DossierRules.DEFAULT, "Tư pháp");
        var office = new DossierRules(officeDays, java.time.LocalTime.of(15, 0), 60);
        LocalDateTime wednesdayNextWeek = LocalDateTime.of(2026, 3, 11, 9, 0);
        if (allowed) {
            d.requestSupplement(SPECIALIST, wednesdayNextWeek, CALENDAR, office, List.of("Ảnh"));
            assertThat(d.data().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        } else {
            assertThatThrownBy(() -> d.requestSupplement(SPECIALIST, wednesdayNextWeek, CALENDAR, office, List.of("Ảnh")))
                    .isInstanceOfSatisfying(TransitionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.SUPPLEMENT_WINDOW_CLOSED));
        }
    }

    @Test
    void the_processing_time_restarts_from_zero_when_the_dossier_is_complete_again() {
        Dossier d = processing();
        d.requestSupplement(SPECIALIST, LocalDateTime.of(2026, 3, 3, 10, 0), CALENDAR, DossierRules.DEFAULT, List.of("Ảnh"));
        LocalDateTime complete = LocalDateTime.of(2026, 3, 10, 14, 0);
        d.supplementReceived(RECEPTIONIST, complete, CALENDAR);
        assertThat(d.data().clock().dueAt())
                .isEqualTo(AppointmentCalculator.appointment(CALENDAR, complete, ProcessingTime.workingDays(3)).dueAt())
                .isEqualTo(LocalDateTime.of(2026, 3, 13, 17, 0));
        assertThat(d.data().status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(d.data().missingItems()).isEmpty();
    }

    @Test
    void an_apology_moves_the_appointment_once_and_at_least_one_working_day_before_the_due_date() {
        Dossier d = processing();
        LocalDateTime newDue = LocalDateTime.of(2026, 3, 10, 16, 0);
        assertThatThrownBy(() -> d.apologise(LEADER, LocalDateTime.of(2026, 3, 5, 8, 0), CALENDAR, newDue, "Chờ xác minh"))
                .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TransitionRefusal.RESCHEDULE_REFUSED);
                    assertThat(e.getMessage()).isEqualTo("LESS_THAN_ONE_WORKING_DAY_BEFORE_DUE");
                });
        d.apologise(LEADER, LocalDateTime.of(2026, 3, 4, 16, 0), CALENDAR, newDue, "Chờ xác minh");
        assertThat(d.data().clock().promisedAt()).isEqualTo(newDue);
        assertThat(d.data().apologyReason()).isEqualTo("Chờ xác minh");
        assertThatThrownBy(() -> d.apologise(LEADER, LocalDateTime.of(2026, 3, 4, 16, 30), CALENDAR, newDue.plusDays(1), "Lần hai"))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("ALREADY_RESCHEDULED"));
    }

    @ParameterizedTest(name = "received {0}, transferred {1}: {2}")
    @CsvSource({
            "2026-03-02T14:59, 2026-03-02T16:30, ON_TIME",
            "2026-03-02T14:59, 2026-03-03T07:45, LATE",
            "2026-03-02T15:00, 2026-03-03T08:20, ON_TIME",
            "2026-03-02T15:00, 2026-03-03T08:31, LATE",
            "2026-03-02T16:00, 2026-03-02T16:10, EARLY",
    })
    void paper_received_after_15_00_goes_to_the_competent_unit_at_the_start_of_the_next_working_day(
            LocalDateTime received, LocalDateTime transferred, StepTimeliness verdict) {
        Dossier d = aDossier().receivedAt(received).build();
        d.transfer(RECEPTIONIST, transferred, CALENDAR, DossierRules.DEFAULT, "Tư pháp");
        assertThat(d.data().controlSheet()).singleElement().satisfies(row -> {
            assertThat(row.timeliness()).isEqualTo(verdict);
            assertThat(row.from()).isEqualTo("tiepnhan");
            assertThat(row.to()).isEqualTo(Holder.unit("Công chức tư pháp - hộ tịch"));
        });
    }

    @Test
    void each_step_of_the_control_sheet_is_judged_against_its_own_hours() {
        Dossier d = processing();
        // 8 hours from Monday 10:00 end on Tuesday 10:30; 4 hours from Tuesday 10:00 end at 16:00; 4 hours from
        // Wednesday 16:00 end on Thursday 10:30.
        d.handOver(SPECIALIST, LocalDateTime.of(2026, 3, 3, 10, 0), CALENDAR, "Đủ điều kiện");
        d.submitForApproval(SPECIALIST, LocalDateTime.of(2026, 3, 4, 16, 0), CALENDAR);
        d.approve(LEADER, LocalDateTime.of(2026, 3, 4, 16, 30), CALENDAR);
        assertThat(d.data().controlSheet()).extracting(Handover::step, Handover::timeliness).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.of(Stage.Kind.RECEPTION_AND_TRANSFER), StepTimeliness.ON_TIME),
                org.assertj.core.groups.Tuple.tuple(Stage.step("Thẩm định hồ sơ"), StepTimeliness.ON_TIME),
                org.assertj.core.groups.Tuple.tuple(Stage.step("Trình ký"), StepTimeliness.LATE),
                org.assertj.core.groups.Tuple.tuple(Stage.of(Stage.Kind.APPROVAL), StepTimeliness.EARLY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "001090012345, 1990, MALE",
            "079303012345, 2003, FEMALE",
            "096200000001, 2000, MALE",
    })
    void a_personal_id_number_encodes_the_birth_year_and_sex(String number, int year, PersonalIdNumber.Sex sex) {
        var id = PersonalIdNumber.of(number);
        assertThat(id.birthYear()).isEqualTo(year);
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.isConsistentWith(year, sex)).isTrue();
        assertThat(id.isConsistentWith(year + 1, sex)).isFalse();
        assertThat(id.masked()).isEqualTo("*********" + number.substring(9));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "12345678901", "1234567890123", "00109001234a", "000090012345", "097090012345"})
    void a_malformed_personal_id_number_is_refused(String number) {
        assertThatThrownBy(() -> PersonalIdNumber.of(number)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest(name = "{0} #{2} → {3}")
    @CsvSource({
            "'{agency}-{date:yyMMdd}-{seq:4}',    000.00.21.H12, 7,     000.00.21.H12-240315-0007",
            "'{agency}-{date:yyMMdd}-{seq:4}',    H55.242,       12345, H55.242-240315-12345",
            "'{agency}-{date:yyMMdd}-01{seq:4}',  H55.242,       3,     H55.242-240315-010003",
    })
    void a_dossier_code_follows_the_office_pattern(String pattern, String agency, long seq, String expected) {
        assertThat(new DossierCodePattern(pattern).format(AgencyCode.of(agency), LocalDate.of(2024, 3, 15), seq).value())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "pattern \"{0}\" is refused")
    @ValueSource(strings = {"{agency}-{seq:4}", "{date:yyMMdd}-{seq:4}", "{agency}-{date:yyMMdd}-{seq:3}", "{agency} {date:yyMMdd}-{seq:4}"})
    void a_pattern_without_agency_date_and_a_4_digit_sequence_is_refused(String pattern) {
        assertThatThrownBy(() -> new DossierCodePattern(pattern)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_applicant_name_is_masked_for_public_pages() {
        assertThat(DossierFixture.citizen().maskedName()).isEqualTo("Nguyễn V** A**");
    }
}
