package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixture.CALENDAR;
import static vn.motcua.dossier.domain.DossierFixture.LEADER;
import static vn.motcua.dossier.domain.DossierFixture.RECEPTIONIST;
import static vn.motcua.dossier.domain.DossierFixture.SPECIALIST;
import static vn.motcua.dossier.domain.DossierFixture.aDossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The dossier's state machine as a table: for every status and every action, the action is allowed exactly
 * when {@link Action} says so, leads where it says, and otherwise is refused with WRONG_STATUS.
 */
class DossierStateMachineTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 3, 2, 10, 0);

    /** Drives a fresh dossier into the status by allowed transitions. */
    static Dossier in(DossierStatus status) {
        Dossier d = aDossier().build();
        switch (status) {
            case RECEIVED -> { }
            case PROCESSING -> d.transfer(RECEPTIONIST, T, CALENDAR, DossierRules.DEFAULT, "Tư pháp");
            case SUPPLEMENT_REQUESTED -> {
                d.transfer(RECEPTIONIST, T, CALENDAR, DossierRules.DEFAULT, "Tư pháp");
                d.requestSupplement(SPECIALIST, T.plusHours(1), CALENDAR, DossierRules.DEFAULT, List.of("Bản sao giấy tờ"));
            }
            case AWAITING_APPROVAL, APPROVED, RESULT_READY, RETURNED -> {
                d.transfer(RECEPTIONIST, T, CALENDAR, DossierRules.DEFAULT, "Tư pháp");
                d.handOver(SPECIALIST, T.plusHours(2), CALENDAR, null);
                d.submitForApproval(SPECIALIST, T.plusHours(3), CALENDAR);
                if (status != DossierStatus.AWAITING_APPROVAL) {
                    d.approve(LEADER, T.plusHours(4), CALENDAR);
                }
                if (status == DossierStatus.RESULT_READY || status == DossierStatus.RETURNED) {
                    d.resultReady(RECEPTIONIST, T.plusHours(5));
                }
                if (status == DossierStatus.RETURNED) {
                    d.returnResult(RECEPTIONIST, T.plusHours(6), Channel.COUNTER);
                }
            }
            case REFUSED -> d.refuse(LEADER, T, "Không thuộc thẩm quyền");
            case STOPPED -> d.stop(RECEPTIONIST, T, "Công dân xin dừng");
        }
        assertThat(d.data().status()).isEqualTo(status);
        return d;
    }

    /** Performs the action as an officer holding every duty, with valid arguments. */
    static Consumer<Dossier> perform(Action action) {
        var anyone = new Officer("canbo", DossierFixture.OFFICE, Set.of(Duty.values()));
        LocalDateTime at = T.plusHours(7);
        return switch (action) {
            case ACCEPT -> d -> d.check(Action.ACCEPT, anyone);
            case TRANSFER -> d -> d.transfer(anyone, at, CALENDAR, DossierRules.DEFAULT, "Tư pháp");
            case HAND_OVER -> d -> d.handOver(anyone, at, CALENDAR, null);
            case SUBMIT_FOR_APPROVAL -> d -> {
                if (d.data().status() == DossierStatus.PROCESSING && d.data().step() < d.data().procedure().steps().size() - 2) {
                    d.handOver(anyone, at.minusMinutes(30), CALENDAR, null);
                }
                d.submitForApproval(anyone, at, CALENDAR);
            };
            case SEND_BACK -> d -> d.sendBack(anyone, at, "Sửa lại dự thảo");
            case APPROVE -> d -> d.approve(anyone, at, CALENDAR);
            case RESULT_READY -> d -> d.resultReady(anyone, at);
            case RETURN -> d -> d.returnResult(anyone, at, Channel.POST);
            case REQUEST_SUPPLEMENT -> d -> d.requestSupplement(anyone, at, CALENDAR, DossierRules.DEFAULT, List.of("Ảnh"));
            case SUPPLEMENT_RECEIVED -> d -> d.supplementReceived(anyone, at, CALENDAR);
            case REFUSE -> d -> d.refuse(anyone, at, "Không đủ điều kiện");
            case APOLOGISE -> d -> d.apologise(anyone, LocalDateTime.of(2026, 3, 3, 9, 0), CALENDAR,
                    LocalDateTime.of(2026, 3, 12, 16, 0), "Cần xác minh thêm");
            case STOP -> d -> d.stop(anyone, at, "Công dân xin dừng");
            case CONSULT -> d -> d.consult(anyone, at, CALENDAR, "Công an xã", null, Consultation.Direction.HORIZONTAL, "Xác minh cư trú", 2);
            case CONSULTATION_ANSWERED -> d -> {
                d.consult(anyone, at, CALENDAR, "Công an xã", null, Consultation.Direction.HORIZONTAL, "Xác minh", 2);
                d.answerConsultation(anyone, at.plusHours(1), 1, "Đúng");
            };
        };
    }

    static Stream<Arguments> everyStatusAndAction() {
        return Stream.of(DossierStatus.values())
                .flatMap(s -> Stream.of(Action.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStatusAndAction")
    void an_action_is_allowed_exactly_from_the_statuses_the_table_lists(DossierStatus status, Action action) {
        Dossier d = in(status);
        if (action.allowedFrom(status)) {
            perform(action).accept(d);
            assertThat(d.data().status()).isEqualTo(action.target(status));
            assertThat(d.transitions()).last().satisfies(t -> {
                assertThat(t.action()).isEqualTo(action);
                assertThat(t.by()).isEqualTo("canbo");
            });
        } else {
            assertThatThrownBy(() -> perform(action).accept(d))
                    .isInstanceOfSatisfying(TransitionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.WRONG_STATUS));
            assertThat(d.data().status()).isEqualTo(status);
        }
    }

    @Test
    void an_officer_without_the_duty_is_refused_and_the_dossier_is_unchanged() {
        Dossier d = in(DossierStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> d.approve(SPECIALIST, T.plusHours(5), CALENDAR))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.MISSING_DUTY));
        assertThat(d.data().status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
    }

    @Test
    void an_officer_of_another_office_is_refused() {
        Dossier d = in(DossierStatus.RECEIVED);
        var stranger = new Officer("tiepnhan.02", AgencyCode.of("H99.02"), Set.of(Duty.RECEPTION));
        assertThatThrownBy(() -> d.transfer(stranger, T, CALENDAR, DossierRules.DEFAULT, "Tư pháp"))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.OTHER_OFFICE));
    }

    @Test
    void refusing_stopping_or_sending_back_needs_a_reason() {
        for (Consumer<Dossier> noReason : List.<Consumer<Dossier>>of(
                d -> d.refuse(LEADER, T, " "), d -> d.stop(RECEPTIONIST, T, ""), d -> d.requestSupplement(SPECIALIST, T,
                        CALENDAR, DossierRules.DEFAULT, List.of(" ")))) {
            Dossier d = in(DossierStatus.RECEIVED);
            assertThatThrownBy(() -> noReason.accept(d)).isInstanceOfSatisfying(TransitionRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.REASON_REQUIRED));
        }
    }

    @Test
    void the_last_step_cannot_be_handed_over_and_approval_waits_for_the_steps_and_consultations() {
        Dossier d = in(DossierStatus.PROCESSING);
        assertThatThrownBy(() -> d.submitForApproval(SPECIALIST, T.plusHours(1), CALENDAR))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.STEPS_REMAIN));
        d.handOver(SPECIALIST, T.plusHours(1), CALENDAR, null);
        d.consult(SPECIALIST, T.plusHours(2), CALENDAR, "Sở Tư pháp", null, Consultation.Direction.VERTICAL, "Hướng dẫn", 5);
        assertThatThrownBy(() -> d.submitForApproval(SPECIALIST, T.plusHours(3), CALENDAR))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.CONSULTATION_OPEN));
        d.answerConsultation(SPECIALIST, T.plusHours(4), 1, "Đủ điều kiện");
        d.handOver(SPECIALIST, T.plusHours(5), CALENDAR, null);
        assertThatThrownBy(() -> d.handOver(SPECIALIST, T.plusHours(6), CALENDAR, null))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.NO_NEXT_STEP));
    }

    @Test
    void an_agency_in_motcua_answers_its_own_consultation_and_no_one_else_does() {
        Dossier d = in(DossierStatus.PROCESSING);
        var landOffice = vn.motcua.organization.domain.AgencyCode.of("H99.04");
        var landSpecialist = new Officer("diachinh", landOffice, java.util.Set.of(Duty.SPECIALIST));
        var thirdOffice = new Officer("khac", vn.motcua.organization.domain.AgencyCode.of("H99.05"), java.util.Set.of(Duty.SPECIALIST));
        d.consult(SPECIALIST, T.plusHours(1), CALENDAR, "Văn phòng đăng ký đất đai", landOffice,
                Consultation.Direction.HORIZONTAL, "Xác minh nguồn gốc thửa đất", 3);
        assertThat(d.data().isRoutedTo(landOffice)).isTrue();
        assertThat(d.data().isRoutedTo(thirdOffice.office())).isFalse();
        for (Officer other : List.of(SPECIALIST, thirdOffice)) {
            assertThatThrownBy(() -> d.answerConsultation(other, T.plusHours(2), 1, "Đã xác minh"))
                    .isInstanceOfSatisfying(TransitionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.OTHER_OFFICE));
        }
        assertThatThrownBy(() -> d.handOver(landSpecialist, T.plusHours(2), CALENDAR, null))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.OTHER_OFFICE));
        d.answerConsultation(landSpecialist, T.plusHours(3), 1, "Đất có nguồn gốc hợp pháp");
        assertThat(d.data().consultations().getFirst().answer()).isEqualTo("Đất có nguồn gốc hợp pháp");
        assertThatThrownBy(() -> d.consult(SPECIALIST, T.plusHours(4), CALENDAR, "Chính mình", SPECIALIST.office(),
                Consultation.Direction.HORIZONTAL, "?", 1))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.SELF_CONSULTATION));
    }
}
