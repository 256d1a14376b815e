package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixture.CALENDAR;
import static vn.motcua.dossier.domain.DossierFixture.SPECIALIST;
import static vn.motcua.dossier.domain.DossierStateMachineTest.T;
import static vn.motcua.dossier.domain.DossierStateMachineTest.in;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.platform.domain.InvalidValueException;

/** What a dossier takes is limited, whoever sends it: the same limits for the counter's forms and the API. */
class DossierLimitsTest {

    @ParameterizedTest(name = "{0} working days: accepted = {1}")
    @CsvSource({"0, false", "1, true", "60, true", "61, false", "100000, false", "-1, false"})
    void a_consulted_agency_is_given_1_to_60_working_days(int days, boolean accepted) {
        Dossier d = in(DossierStatus.PROCESSING);
        Runnable consult = () -> d.consult(SPECIALIST, T.plusHours(1), CALENDAR, "Công an xã", null,
                Consultation.Direction.HORIZONTAL, "Xác minh cư trú", days);
        if (accepted) {
            assertThatCode(consult::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(consult::run).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.code()).isEqualTo("workingDays.outOfRange"));
        }
    }

    @ParameterizedTest(name = "{0} items of {1} characters: refused as {2}")
    @CsvSource({"100, 500, ''", "101, 10, items.tooMany", "1, 501, items.tooLong", "5000, 20, items.tooMany"})
    void a_supplement_request_lists_at_most_100_items_of_500_characters(int items, int length, String refusal) {
        Dossier d = in(DossierStatus.PROCESSING);
        List<String> missing = Collections.nCopies(items, "x".repeat(length));
        Runnable request = () -> d.requestSupplement(SPECIALIST, T.plusHours(1), CALENDAR, DossierRules.DEFAULT, missing);
        if (refusal.isEmpty()) {
            assertThatCode(request::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(request::run).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> assertThat(e.code()).isEqualTo(refusal));
        }
    }

    @Test
    void a_note_has_at_most_2000_characters() {
        Dossier d = in(DossierStatus.RECEIVED);
        assertThatThrownBy(() -> d.stop(DossierFixture.RECEPTIONIST, T, "x".repeat(2_001)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("note.tooLong"));
        assertThatCode(() -> d.stop(DossierFixture.RECEPTIONIST, T, "x".repeat(2_000))).doesNotThrowAnyException();
    }

    @Test
    void a_dossier_is_received_with_at_most_100_documents() {
        var document = new ReceivedDocument("Tờ khai", 1, null, null);
        assertThatCode(() -> DossierLimits.documents(Collections.nCopies(100, document))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DossierLimits.documents(Collections.nCopies(101, document)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("documents.tooMany"));
    }
}
