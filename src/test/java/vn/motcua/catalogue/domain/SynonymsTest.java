package vn.motcua.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.platform.domain.InvalidValueException;

/** The catalogue search reads a phrase as what people mean by it. */
class SynonymsTest {

    static final Synonyms SYNONYMS = new Synonyms(List.of(
            new Synonyms.Synonym("giấy khai sinh", "khai sinh"),
            new Synonyms.Synonym("độc thân", "tình trạng hôn nhân"),
            new Synonyms.Synonym("xác nhận độc thân", "xác nhận tình trạng hôn nhân"),
            new Synonyms.Synonym("đăng kí", "đăng ký"),
            new Synonyms.Synonym("CMND", "căn cước")));

    @ParameterizedTest(name = "\"{0}\" is searched as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "giấy khai sinh            | khai sinh",
            "Làm giấy khai sinh cho con | lam khai sinh cho con",
            "xac nhan doc than         | xac nhan tinh trang hon nhan",
            "giấy xác nhận độc thân    | giay xac nhan tinh trang hon nhan",
            "đăng kí kết hôn           | dang ky ket hon",
            "CMND                      | can cuoc",
            "cmnd cũ                   | can cuoc cu",
            "đăng kíkết hôn            | dang kiket hon", // a phrase is whole words only
            "kết hôn                   | ket hon"})
    void a_phrase_is_searched_as_what_it_means(String typed, String searched) {
        assertThat(SYNONYMS.expand(typed)).isEqualTo(searched);
    }

    @Test
    void a_synonym_has_a_phrase_and_a_different_meaning_within_limits() {
        assertThatThrownBy(() -> new Synonyms.Synonym(" ", "khai sinh")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Synonyms.Synonym("Đăng ký", "dang ky")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Synonyms.Synonym("x".repeat(101), "y")).isInstanceOf(InvalidValueException.class);
    }
}
