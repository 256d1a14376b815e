package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.DossierFixture.CALENDAR;
import static vn.motcua.dossier.domain.DossierFixture.LEADER;
import static vn.motcua.dossier.domain.DossierFixture.RECEPTIONIST;
import static vn.motcua.dossier.domain.DossierFixture.SPECIALIST;
import static vn.motcua.dossier.domain.DossierStateMachineTest.T;
import static vn.motcua.dossier.domain.DossierStateMachineTest.in;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.catalogue.domain.Channel;

/**
 * What a screen offers is exactly what the dossier accepts: for every status and every duty, each allowed action
 * applied with valid arguments is made, and each action not allowed is refused.
 */
class AllowedActionsTest {

    static Stream<Arguments> statusesAndOfficers() {
        var cases = new ArrayList<Arguments>();
        for (DossierStatus status : DossierStatus.values()) {
            for (Officer officer : List.of(RECEPTIONIST, SPECIALIST, LEADER)) {
                cases.add(Arguments.of(status.name(), (Supplier<Dossier>) () -> in(status), officer));
            }
            if (status == DossierStatus.PROCESSING) {
                cases.add(Arguments.of("PROCESSING with an open consultation", (Supplier<Dossier>) AllowedActionsTest::consulting,
                        SPECIALIST));
            }
        }
        return cases.stream();
    }

    private static Dossier consulting() {
        Dossier d = in(DossierStatus.PROCESSING);
        d.consult(SPECIALIST, T.plusMinutes(30), CALENDAR, "Công an xã", null, Consultation.Direction.HORIZONTAL, "Xác minh", 5);
        return d;
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("statusesAndOfficers")
    void an_action_is_offered_exactly_when_the_dossier_accepts_it(String state, Supplier<Dossier> dossier, Officer officer) {
        ActionContext context = new ActionContext(officer, T.plusHours(1), CALENDAR, DossierRules.DEFAULT);
        var allowed = dossier.get().allowedActions(context);
        for (Action action : Action.values()) {
            if (action == Action.ACCEPT) {
                continue;
            }
            Dossier fresh = dossier.get();
            DossierCommand command = validCommand(action, fresh);
            assertThat(command.action()).isEqualTo(action);
            Decision decision = fresh.apply(command, context);
            assertThat(decision instanceof Decision.Made).as(state + ", " + officer.username() + ": " + action + " offered = "
                    + allowed.contains(action) + ", decided " + decision).isEqualTo(allowed.contains(action));
        }
    }

    /** The action with arguments that are right whatever the state: only the state and the officer can refuse it. */
    private static DossierCommand validCommand(Action action, Dossier d) {
        return switch (action) {
            case ACCEPT -> throw new IllegalArgumentException("not a command");
            case TRANSFER -> new DossierCommand.Transfer("Tư pháp", null);
            case HAND_OVER -> new DossierCommand.HandOver(null);
            case SUBMIT_FOR_APPROVAL -> new DossierCommand.SubmitForApproval();
            case SEND_BACK -> new DossierCommand.SendBack("Cần bổ sung ý kiến");
            case APPROVE -> new DossierCommand.Approve();
            case RESULT_READY -> new DossierCommand.ResultReady();
            case RETURN -> new DossierCommand.Return(Channel.COUNTER);
            case REQUEST_SUPPLEMENT -> new DossierCommand.RequestSupplement(List.of("Bản sao giấy khai sinh"));
            case SUPPLEMENT_RECEIVED -> new DossierCommand.SupplementReceived();
            case REFUSE -> new DossierCommand.Refuse("Không thuộc thẩm quyền");
            case APOLOGISE -> new DossierCommand.Apologise(aWorkingMorningAfter(d.data().clock().dueAt()), "Cần xác minh thêm");
            case STOP -> new DossierCommand.Stop("Công dân xin rút hồ sơ");
            case CONSULT -> new DossierCommand.Consult("Sở Tư pháp", null, Consultation.Direction.VERTICAL, "Hướng dẫn", 5);
            case CONSULTATION_ANSWERED -> new DossierCommand.AnswerConsultation(1, "Đủ điều kiện");
        };
    }

    private static LocalDateTime aWorkingMorningAfter(LocalDateTime due) {
        LocalDate day = due.toLocalDate().plusDays(7);
        while (!CALENDAR.day(day).isWorking()) {
            day = day.plusDays(1);
        }
        return day.atTime(9, 0);
    }
}
