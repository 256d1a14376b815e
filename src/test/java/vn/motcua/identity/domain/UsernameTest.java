package vn.motcua.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.platform.domain.InvalidValueException;

class UsernameTest {

    @ParameterizedTest
    @CsvSource({"tiepnhan, tiepnhan", "LanhDao.02, lanhdao.02", " quantri_05 , quantri_05"})
    void user_names_are_trimmed_and_lower_cased(String input, String expected) {
        assertThat(new Username(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", ".lanhdao", "lãnhđạo", "lanh dao", "a'--", "x12345678901234567890123456789012345678901234567890"})
    void user_names_are_3_to_50_plain_characters(String input) {
        assertThatThrownBy(() -> new Username(input)).isInstanceOf(InvalidValueException.class);
    }
}
