package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.domain.DossierFixture.CALENDAR;
import static vn.motcua.dossier.domain.DossierFixture.LEADER;
import static vn.motcua.dossier.domain.DossierFixture.RECEPTIONIST;
import static vn.motcua.dossier.domain.DossierFixture.SPECIALIST;
import static vn.motcua.dossier.domain.DossierFixture.aDossier;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The dossier's state machine as tables. Status × command: every command is made exactly from the statuses
 * {@link Action} lists, leads where it says, and is otherwise refused with WRONG_STATUS, the dossier unchanged.
 * Status × role: what a receptionist, a specialist and a leader of the office are offered in each status.
 */
class DossierStateMachineTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 3, 2, 10, 0);
    static final Officer ANYONE = new Officer("canbo", DossierFixture.OFFICE, Set.of(Duty.values()));

    /** Takes the command as the officer at the instant. */
    static Decision take(Dossier d, Officer by, LocalDateTime at, DossierCommand command) {
        return d.apply(command, new ActionContext(by, at, CALENDAR, DossierRules.DEFAULT));
    }

    private static void made(Dossier d, Officer by, LocalDateTime at, DossierCommand command) {
        assertThat(take(d, by, at, command)).as(command.toString()).isInstanceOf(Decision.Made.class);
    }

    /** Drives a fresh dossier into the status by commands. */
    static Dossier in(DossierStatus status) {
        Dossier d = aDossier().build();
        switch (status) {
            case RECEIVED -> { }
            case PROCESSING -> made(d, RECEPTIONIST, T, new DossierCommand.Transfer("Tư pháp", null));
            case SUPPLEMENT_REQUESTED -> {
                made(d, RECEPTIONIST, T, new DossierCommand.Transfer("Tư pháp", null));
                made(d, SPECIALIST, T.plusHours(1), new DossierCommand.RequestSupplement(List.of("Bản sao giấy tờ")));
            }
            case AWAITING_APPROVAL, APPROVED, RESULT_READY, RETURNED -> {
                made(d, RECEPTIONIST, T, new DossierCommand.Transfer("Tư pháp", null));
                made(d, SPECIALIST, T.plusHours(2), new DossierCommand.HandOver(null));
                made(d, SPECIALIST, T.plusHours(3), new DossierCommand.SubmitForApproval());
                if (status != DossierStatus.AWAITING_APPROVAL) {
                    made(d, LEADER, T.plusHours(4), new DossierCommand.Approve());
                }
                if (status == DossierStatus.RESULT_READY || status == DossierStatus.RETURNED) {
                    made(d, RECEPTIONIST, T.plusHours(5), new DossierCommand.ResultReady());
                }
                if (status == DossierStatus.RETURNED) {
                    made(d, RECEPTIONIST, T.plusHours(6), new DossierCommand.Return(Channel.COUNTER));
                }
            }
            case REFUSED -> made(d, LEADER, T, new DossierCommand.Refuse("Không thuộc thẩm quyền"));
            case STOPPED -> made(d, RECEPTIONIST, T, new DossierCommand.Stop("Công dân xin dừng"));
        }
        assertThat(d.data().status()).isEqualTo(status);
        return d;
    }

    /**
     * The command for the action with valid arguments, after what it needs that the status does not give (the last
     * step before submitting, a consultation before its answer): only the status can refuse it.
     */
    static List<DossierCommand> commands(Action action, Dossier d) {
        var prepare = new ArrayList<DossierCommand>();
        DossierCommand command = switch (action) {
            case ACCEPT -> throw new IllegalArgumentException("acceptance makes a dossier; it is not a command on one");
            case TRANSFER -> new DossierCommand.Transfer("Tư pháp", null);
            case HAND_OVER -> new DossierCommand.HandOver(null);
            case SUBMIT_FOR_APPROVAL -> {
                if (d.data().status() == DossierStatus.PROCESSING && d.data().step() < d.data().procedure().steps().size() - 2) {
                    prepare.add(new DossierCommand.HandOver(null));
                }
                yield new DossierCommand.SubmitForApproval();
            }
            case SEND_BACK -> new DossierCommand.SendBack("Sửa lại dự thảo");
            case APPROVE -> new DossierCommand.Approve();
            case RESULT_READY -> new DossierCommand.ResultReady();
            case RETURN -> new DossierCommand.Return(Channel.POST);
            case REQUEST_SUPPLEMENT -> new DossierCommand.RequestSupplement(List.of("Ảnh"));
            case SUPPLEMENT_RECEIVED -> new DossierCommand.SupplementReceived();
            case REFUSE -> new DossierCommand.Refuse("Không đủ điều kiện");
            case APOLOGISE -> new DossierCommand.Apologise(LocalDateTime.of(2026, 3, 12, 16, 0), "Cần xác minh thêm");
            case STOP -> new DossierCommand.Stop("Công dân xin dừng");
            case CONSULT -> new DossierCommand.Consult("Công an xã", null, Consultation.Direction.HORIZONTAL, "Xác minh cư trú", 2);
            case CONSULTATION_ANSWERED -> {
                if (d.data().status() == DossierStatus.PROCESSING) {
                    prepare.add(new DossierCommand.Consult("Công an xã", null, Consultation.Direction.HORIZONTAL, "Xác minh", 2));
                }
                yield new DossierCommand.AnswerConsultation(1, "Đúng");
            }
        };
        prepare.add(command);
        return prepare;
    }

    static Stream<Arguments> everyStatusAndCommand() {
        return Stream.of(DossierStatus.values()).flatMap(s -> Stream.of(Action.values()).filter(a -> a != Action.ACCEPT)
                .map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStatusAndCommand")
    void a_command_is_made_exactly_from_the_statuses_the_table_lists(DossierStatus status, Action action) {
        Dossier d = in(status);
        var commands = commands(action, d);
        // Before the apology's latest day, whatever the status's own instants.
        LocalDateTime at = action == Action.APOLOGISE ? LocalDateTime.of(2026, 3, 3, 9, 0) : T.plusHours(7);
        commands.subList(0, commands.size() - 1).forEach(c -> made(d, ANYONE, at.minusMinutes(30), c));
        int before = d.transitions().size();
        Decision decision = take(d, ANYONE, at, commands.getLast());
        if (action.allowedFrom(status)) {
            assertThat(decision).isInstanceOf(Decision.Made.class);
            assertThat(d.data().status()).isEqualTo(action.target(status));
            assertThat(((Decision.Made) decision).transitions()).singleElement().satisfies(t -> {
                assertThat(t.action()).isEqualTo(action);
                assertThat(t.by()).isEqualTo("canbo");
            });
        } else {
            assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                    r -> assertThat(r.reason()).isEqualTo(TransitionRefusal.WRONG_STATUS));
            assertThat(d.data().status()).isEqualTo(status);
            assertThat(d.transitions()).hasSize(before);
        }
    }

    static final Map<String, Officer> ROLES = Map.of("RECEPTIONIST", RECEPTIONIST, "SPECIALIST", SPECIALIST, "LEADER", LEADER);

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "—", textBlock = """
            RECEIVED             | RECEPTIONIST | STOP TRANSFER
            RECEIVED             | SPECIALIST   | REQUEST_SUPPLEMENT
            RECEIVED             | LEADER       | APOLOGISE REFUSE
            PROCESSING           | RECEPTIONIST | STOP
            PROCESSING           | SPECIALIST   | CONSULT HAND_OVER REQUEST_SUPPLEMENT
            PROCESSING           | LEADER       | APOLOGISE REFUSE
            SUPPLEMENT_REQUESTED | RECEPTIONIST | STOP SUPPLEMENT_RECEIVED
            SUPPLEMENT_REQUESTED | SPECIALIST   | —
            SUPPLEMENT_REQUESTED | LEADER       | —
            AWAITING_APPROVAL    | RECEPTIONIST | STOP
            AWAITING_APPROVAL    | SPECIALIST   | —
            AWAITING_APPROVAL    | LEADER       | APOLOGISE APPROVE REFUSE SEND_BACK
            APPROVED             | RECEPTIONIST | RESULT_READY
            APPROVED             | SPECIALIST   | —
            APPROVED             | LEADER       | APOLOGISE
            RESULT_READY         | RECEPTIONIST | RETURN
            RESULT_READY         | SPECIALIST   | —
            RESULT_READY         | LEADER       | —
            RETURNED             | RECEPTIONIST | —
            RETURNED             | SPECIALIST   | —
            RETURNED             | LEADER       | —
            REFUSED              | RECEPTIONIST | —
            REFUSED              | SPECIALIST   | —
            REFUSED              | LEADER       | —
            STOPPED              | RECEPTIONIST | —
            STOPPED              | SPECIALIST   | —
            STOPPED              | LEADER       | —
            """)
    void each_role_is_offered_exactly_these_actions(DossierStatus status, String role, String actions) {
        var context = new ActionContext(ROLES.get(role), T.plusHours(1), CALENDAR, DossierRules.DEFAULT);
        var expected = new TreeSet<>(actions == null ? List.of() : Arrays.asList(actions.split(" ")));
        assertThat(in(status).allowedActions(context).stream().map(Enum::name).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void every_status_and_role_is_in_the_table() throws NoSuchMethodException {
        var table = DossierStateMachineTest.class.getDeclaredMethod("each_role_is_offered_exactly_these_actions",
                DossierStatus.class, String.class, String.class).getAnnotation(CsvSource.class).textBlock();
        for (DossierStatus status : DossierStatus.values()) {
            for (String role : ROLES.keySet()) {
                assertThat(table).as(status + " " + role).containsPattern("(?m)^" + status + "\\s+\\| " + role + "\\s+\\|");
            }
        }
    }

    private static void refused(Decision decision, TransitionRefusal reason) {
        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void a_dossier_is_never_accepted_again(DossierStatus status) {
        Dossier d = in(status);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.check(Action.ACCEPT, ANYONE))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TransitionRefusal.WRONG_STATUS));
        assertThat(d.allowedActions(new ActionContext(ANYONE, T, CALENDAR, DossierRules.DEFAULT))).doesNotContain(Action.ACCEPT);
    }

    static Stream<DossierStatus> statuses() {
        return Stream.of(DossierStatus.values());
    }

    @Test
    void an_officer_without_the_duty_is_refused_and_the_dossier_is_unchanged() {
        Dossier d = in(DossierStatus.AWAITING_APPROVAL);
        refused(take(d, SPECIALIST, T.plusHours(5), new DossierCommand.Approve()), TransitionRefusal.MISSING_DUTY);
        assertThat(d.data().status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
    }

    @Test
    void an_officer_of_another_office_is_refused() {
        Dossier d = in(DossierStatus.RECEIVED);
        var stranger = new Officer("tiepnhan.02", AgencyCode.of("H99.02"), Set.of(Duty.RECEPTION));
        refused(take(d, stranger, T, new DossierCommand.Transfer("Tư pháp", null)), TransitionRefusal.OTHER_OFFICE);
    }

    @Test
    void refusing_stopping_or_asking_for_a_supplement_needs_a_reason() {
        for (var noReason : List.of(Map.entry(LEADER, (DossierCommand) new DossierCommand.Refuse(" ")),
                Map.entry(RECEPTIONIST, (DossierCommand) new DossierCommand.Stop("")),
                Map.entry(SPECIALIST, (DossierCommand) new DossierCommand.RequestSupplement(List.of(" "))))) {
            refused(take(in(DossierStatus.RECEIVED), noReason.getKey(), T, noReason.getValue()), TransitionRefusal.REASON_REQUIRED);
        }
    }

    @Test
    void the_last_step_cannot_be_handed_over_and_approval_waits_for_the_steps_and_consultations() {
        Dossier d = in(DossierStatus.PROCESSING);
        refused(take(d, SPECIALIST, T.plusHours(1), new DossierCommand.SubmitForApproval()), TransitionRefusal.STEPS_REMAIN);
        made(d, SPECIALIST, T.plusHours(1), new DossierCommand.HandOver(null));
        made(d, SPECIALIST, T.plusHours(2), new DossierCommand.Consult("Sở Tư pháp", null, Consultation.Direction.VERTICAL,
                "Hướng dẫn", 5));
        refused(take(d, SPECIALIST, T.plusHours(3), new DossierCommand.SubmitForApproval()), TransitionRefusal.CONSULTATION_OPEN);
        made(d, SPECIALIST, T.plusHours(4), new DossierCommand.AnswerConsultation(1, "Đủ điều kiện"));
        made(d, SPECIALIST, T.plusHours(5), new DossierCommand.HandOver(null));
        refused(take(d, SPECIALIST, T.plusHours(6), new DossierCommand.HandOver(null)), TransitionRefusal.NO_NEXT_STEP);
    }

    @Test
    void only_a_specialist_is_offered_the_answer_to_an_outside_agencys_consultation() {
        Dossier d = in(DossierStatus.PROCESSING);
        made(d, SPECIALIST, T.plusHours(1), new DossierCommand.Consult("Công an xã", null, Consultation.Direction.HORIZONTAL,
                "Xác minh", 2));
        assertThat(d.answerableConsultations(SPECIALIST)).hasSize(1);
        assertThat(d.answerableConsultations(RECEPTIONIST)).isEmpty();
        assertThat(d.answerableConsultations(LEADER)).isEmpty();
    }

    @Test
    void an_agency_in_motcua_answers_its_own_consultation_and_no_one_else_does() {
        Dossier d = in(DossierStatus.PROCESSING);
        var landOffice = AgencyCode.of("H99.04");
        var landSpecialist = new Officer("diachinh", landOffice, Set.of(Duty.SPECIALIST));
        var thirdOffice = new Officer("khac", AgencyCode.of("H99.05"), Set.of(Duty.SPECIALIST));
        made(d, SPECIALIST, T.plusHours(1), new DossierCommand.Consult("Văn phòng đăng ký đất đai", landOffice,
                Consultation.Direction.HORIZONTAL, "Xác minh nguồn gốc thửa đất", 3));
        assertThat(d.data().isRoutedTo(landOffice)).isTrue();
        assertThat(d.data().isRoutedTo(thirdOffice.office())).isFalse();
        for (Officer other : List.of(SPECIALIST, thirdOffice)) {
            refused(take(d, other, T.plusHours(2), new DossierCommand.AnswerConsultation(1, "Đã xác minh")),
                    TransitionRefusal.OTHER_OFFICE);
        }
        refused(take(d, landSpecialist, T.plusHours(2), new DossierCommand.HandOver(null)), TransitionRefusal.OTHER_OFFICE);
        made(d, landSpecialist, T.plusHours(3), new DossierCommand.AnswerConsultation(1, "Đất có nguồn gốc hợp pháp"));
        assertThat(d.data().consultations().getFirst().answer()).isEqualTo("Đất có nguồn gốc hợp pháp");
        refused(take(d, SPECIALIST, T.plusHours(4), new DossierCommand.Consult("Chính mình", SPECIALIST.office(),
                Consultation.Direction.HORIZONTAL, "?", 1)), TransitionRefusal.SELF_CONSULTATION);
    }
}
