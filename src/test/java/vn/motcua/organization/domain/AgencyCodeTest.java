package vn.motcua.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.platform.domain.InvalidValueException;

class AgencyCodeTest {

    @ParameterizedTest(name = "{0} is a valid code read {1}")
    @CsvSource({
            "000.00.21.H12, RIGHT_TO_LEFT",
            "H55.242, LEFT_TO_RIGHT",
            "H99.01, LEFT_TO_RIGHT",
            "H99, LEFT_TO_RIGHT",
            "G03.15.01, LEFT_TO_RIGHT",
    })
    void both_spellings_of_the_electronic_identifier_are_accepted(String code, AgencyCode.Spelling spelling) {
        assertThat(AgencyCode.of(code).value()).isEqualTo(code);
        assertThat(AgencyCode.of(code).spelling()).isEqualTo(spelling);
    }

    @ParameterizedTest
    @CsvSource({" h99.01 , H99.01", "000.00.21.h12, 000.00.21.H12"})
    void codes_are_trimmed_and_upper_cased(String input, String expected) {
        assertThat(AgencyCode.of(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"H99..01", ".H99", "H99.", "H99 01", "H99-01", "H99.0Đ", "H99.01;drop", "H99/01"})
    void groups_are_letters_and_digits_separated_by_single_dots(String code) {
        assertThatThrownBy(() -> AgencyCode.of(code))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("agencyCode.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_code_is_required(String code) {
        assertThatThrownBy(() -> new AgencyCode(code))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("agencyCode.required");
    }

    @ParameterizedTest
    @ValueSource(ints = {35, 36})
    void a_code_has_at_most_35_characters(int length) {
        String code = "H" + "1".repeat(length - 1);
        if (length <= AgencyCode.MAX_LENGTH) {
            assertThat(AgencyCode.of(code).value()).hasSize(length);
        } else {
            assertThatThrownBy(() -> AgencyCode.of(code))
                    .extracting(e -> ((InvalidValueException) e).code()).isEqualTo("agencyCode.tooLong");
        }
    }
}
