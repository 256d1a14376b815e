package vn.motcua.citizen.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.RequiredDocument;

/** The rules of an online dossier from draft to the desk's check, each named after the rule. */
class OnlineSubmissionTest {

    static final Instant SAT_22 = Instant.parse("2026-12-05T15:00:00Z");
    static final LocalDateTime MONDAY_OPENING = LocalDateTime.parse("2026-12-07T07:30");
    static final SubmissionChecklist BIRTH = new SubmissionChecklist(
            List.of(new FormField("childFullName", "Họ tên trẻ", FormField.Type.TEXT, true, null, null, null),
                    new FormField("childBirthDate", "Ngày sinh", FormField.Type.DATE, true, null, null, null)),
            List.of(new RequiredDocument("Tờ khai đăng ký khai sinh", RequiredDocument.Form.ORIGINAL, 1, null),
                    new RequiredDocument("Giấy chứng sinh", RequiredDocument.Form.ORIGINAL, 1, null),
                    new RequiredDocument("Giấy tờ tùy thân", RequiredDocument.Form.ORIGINAL_TO_SHOW, 0, null)));
    static final SubmissionContact PHONE = new SubmissionContact("0912345678", null, null);

    static OnlineSubmission draft() {
        return OnlineSubmission.draft(UUID.randomUUID(), UUID.randomUUID(), "H99.06", "1.001193", "Đăng ký khai sinh", Map.of());
    }

    static CitizenDocument file(String name) {
        return new CitizenDocument(UUID.randomUUID(), name, name + ".pdf", "application/pdf", 1024,
                CitizenDocument.Origin.UPLOADED, SAT_22, UUID.randomUUID().toString().replace("-", "").repeat(2));
    }

    static OnlineSubmission complete() {
        return draft().edited(Map.of("childFullName", "Nguyễn Văn Bé", "childBirthDate", "28/11/2026"), PHONE)
                .withPaper("Giấy chứng sinh", file("Giấy chứng sinh"), false, BIRTH);
    }

    static OnlineSubmission waiting() {
        return complete().submit(BIRTH, "H99.06-261207-0001", SAT_22, MONDAY_OPENING, MONDAY_OPENING.plusDays(1));
    }

    @Test
    void the_e_form_replaces_the_declaration_paper_and_originals_only_shown_are_not_uploaded() {
        assertThat(BIRTH.uploadable()).extracting(RequiredDocument::name)
                .containsExactly("Giấy chứng sinh", SubmissionChecklist.OTHER_PAPER);
    }

    static Stream<Arguments> incomplete() {
        return Stream.of(
                Arguments.of("a required field left empty", (UnaryOperator<OnlineSubmission>) s -> s.edited(
                        Map.of("childBirthDate", "28/11/2026"), PHONE), "declaration.childFullName", "declaration.required"),
                Arguments.of("a date that is no date", (UnaryOperator<OnlineSubmission>) s -> s.edited(
                        Map.of("childFullName", "Bé", "childBirthDate", "31/02/2026"), PHONE), "declaration.childBirthDate",
                        "declaration.date"),
                Arguments.of("a mandatory paper missing", (UnaryOperator<OnlineSubmission>) s -> s.withoutPaper(0),
                        "paper.0", "submission.paperMissing"),
                Arguments.of("no phone and no e-mail", (UnaryOperator<OnlineSubmission>) s -> s.edited(s.declaration(),
                        SubmissionContact.NONE), "contact", "submission.contactMissing"));
    }

    @ParameterizedTest(name = "{0} keeps the dossier from being sent")
    @MethodSource("incomplete")
    void an_incomplete_dossier_is_refused_with_every_problem_at_its_place(String why, UnaryOperator<OnlineSubmission> change,
            String target, String code) {
        var broken = change.apply(complete());
        assertThatThrownBy(() -> broken.submit(BIRTH, "code", SAT_22, MONDAY_OPENING, MONDAY_OPENING))
                .isInstanceOfSatisfying(SubmissionIncompleteException.class, e -> assertThat(e.problems())
                        .contains(new SubmissionChecklist.Problem(target, code)));
    }

    @Test
    void sent_it_has_its_code_its_receipt_time_and_the_form_values_as_the_dossier_keeps_them() {
        var sent = waiting();
        assertThat(sent.status()).isEqualTo(OnlineSubmission.Status.WAITING);
        assertThat(sent.dossierCode()).isEqualTo("H99.06-261207-0001");
        assertThat(sent.receivedAt()).isEqualTo(MONDAY_OPENING);
        assertThat(sent.declaration()).containsEntry("childBirthDate", "2026-11-28");
        assertThat(sent.round()).isOne();
    }

    static Stream<Arguments> refusedWhileWaiting() {
        return Stream.of(
                Arguments.of("editing", (UnaryOperator<OnlineSubmission>) s -> s.edited(Map.of(), PHONE), "submission.notEditable"),
                Arguments.of("adding a paper", (UnaryOperator<OnlineSubmission>) s -> s.withPaper("Giấy chứng sinh",
                        file("x"), false, BIRTH), "submission.notEditable"),
                Arguments.of("sending again", (UnaryOperator<OnlineSubmission>) s -> s.submit(BIRTH, "other", SAT_22,
                        MONDAY_OPENING, MONDAY_OPENING), "submission.notEditable"));
    }

    @ParameterizedTest(name = "{0} is refused while the desk checks it")
    @MethodSource("refusedWhileWaiting")
    void the_citizen_cannot_change_a_dossier_the_desk_is_checking(String what, UnaryOperator<OnlineSubmission> command,
            String code) {
        assertThatThrownBy(() -> command.apply(waiting())).isInstanceOfSatisfying(SubmissionRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_supplement_keeps_the_code_restarts_the_receipt_and_keeps_the_files_already_sent() {
        var asked = waiting().supplementRequested("tiepnhan.06", SAT_22, List.of("Giấy xác nhận nơi sinh", " "));
        assertThat(asked.answer()).containsExactly("Giấy xác nhận nơi sinh");
        assertThatThrownBy(() -> asked.withoutPaper(0)).isInstanceOfSatisfying(SubmissionRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("submission.paperSubmitted"));
        var added = asked.withPaper(SubmissionChecklist.OTHER_PAPER, file("Giấy xác nhận nơi sinh"), false, BIRTH);
        assertThat(added.papers().getLast().round()).isEqualTo(2);
        var again = added.submit(BIRTH, "ignored", SAT_22, MONDAY_OPENING.plusHours(3), MONDAY_OPENING.plusDays(1));
        assertThat(again.dossierCode()).isEqualTo("H99.06-261207-0001");
        assertThat(again.receivedAt()).isEqualTo(MONDAY_OPENING.plusHours(3));
        assertThat(again.round()).isEqualTo(2);
    }

    @Test
    void the_desk_decides_only_a_waiting_dossier_and_gives_its_items_or_reasons() {
        assertThatThrownBy(() -> complete().accepted("tiepnhan.06", SAT_22)).isInstanceOf(SubmissionRefusedException.class);
        assertThatThrownBy(() -> waiting().refused("tiepnhan.06", SAT_22, List.of(" ")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.code()).isEqualTo("submission.reasonsRequired"));
        var accepted = waiting().accepted("tiepnhan.06", SAT_22);
        assertThatThrownBy(() -> accepted.refused("tiepnhan.06", SAT_22, List.of("late")))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.code()).isEqualTo("submission.notWaiting"));
    }

    @Test
    void limits_hold_a_file_given_twice_a_paper_not_of_the_procedure_too_many_pages() {
        var doc = file("Giấy chứng sinh");
        var once = draft().withPaper("Giấy chứng sinh", doc, false, BIRTH);
        assertThatThrownBy(() -> once.withPaper("Giấy chứng sinh", doc, true, BIRTH))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.code()).isEqualTo("submission.sameFile"));
        assertThatThrownBy(() -> draft().withPaper("Sổ đỏ", doc, false, BIRTH))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.code()).isEqualTo("submission.paperUnknown"));
        var many = draft();
        for (int i = 0; i < OnlineSubmission.MAX_FILES_PER_PAPER; i++) {
            many = many.withPaper("Giấy chứng sinh", file("p" + i), false, BIRTH);
        }
        var full = many;
        assertThatThrownBy(() -> full.withPaper("Giấy chứng sinh", file("one more"), false, BIRTH))
                .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.code()).isEqualTo("submission.tooManyPages"));
    }
}
