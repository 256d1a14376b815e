package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import vn.motcua.dossier.domain.WorkListSearch.Kind;
import vn.motcua.platform.domain.InvalidValueException;

/** The work list's one search box understands what an officer types for a citizen who lost the slip. */
class WorkListSearchTest {

    static Stream<Arguments> typed() {
        return Stream.of(
                Arguments.of(null, Kind.NONE, ""),
                Arguments.of("   ", Kind.NONE, ""),
                Arguments.of("!!! ??", Kind.NONE, ""),
                Arguments.of("H99.02-261203-0012", Kind.CODE, "H99.02-261203-0012"),
                Arguments.of(" h99.02-261203-0012 ", Kind.CODE, "H99.02-261203-0012"),
                Arguments.of("000.00.22.H26-261203-010012", Kind.CODE, "000.00.22.H26-261203-010012"),
                Arguments.of("001090012345", Kind.NUMBER, "001090012345"),
                Arguments.of("001 090 012 345", Kind.NUMBER, "001090012345"),
                Arguments.of("012345678", Kind.NUMBER, "012345678"),
                Arguments.of("0912.345.678", Kind.NUMBER, "0912345678"),
                Arguments.of("0912-345-678", Kind.NUMBER, "0912345678"),
                Arguments.of("+84 912 345 678", Kind.NUMBER, "0912345678"),
                Arguments.of("(+84) 912345678", Kind.NUMBER, "0912345678"),
                Arguments.of("0101234567-001", Kind.NUMBER, "0101234567-001"),
                Arguments.of("Nguyễn Thị Đào", Kind.NAME, "nguyen thi dao"),
                Arguments.of("nguyen thi dao", Kind.NAME, "nguyen thi dao"),
                Arguments.of("NGUYỄN   thị", Kind.NAME, "nguyen thi"),
                Arguments.of("Lê-Ánh", Kind.NAME, "le anh"),
                Arguments.of("Công ty TNHH Ánh Dương", Kind.NAME, "cong ty tnhh anh duong"),
                Arguments.of("12345", Kind.NAME, "12345"),
                Arguments.of("a b c d e f g h i j", Kind.NAME, "a b c d e f g h"),
                Arguments.of("'; drop table dossier; --", Kind.NAME, "drop table dossier"));
    }

    @ParameterizedTest(name = "\"{0}\" is a {1} search for \"{2}\"")
    @MethodSource("typed")
    void understandsWhatWasTyped(String typed, Kind kind, String value) {
        WorkListSearch search = WorkListSearch.parse(typed);
        assertThat(search.kind()).isEqualTo(kind);
        assertThat(search.value()).isEqualTo(value);
    }

    @Test
    void nameWordsBecomeATextQueryWithTheLastWordUnfinished() {
        assertThat(WorkListSearch.parse("Nguyễn Văn A").nameQuery()).isEqualTo("'nguyen' & 'van' & ('a' | 'a':*)");
        assertThat(WorkListSearch.parse("Hoa").nameQuery()).isEqualTo("('hoa' | 'hoa':*)");
    }

    @Test
    void aSearchHasALimit() {
        assertThatThrownBy(() -> WorkListSearch.parse("x".repeat(WorkListSearch.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("search.tooLong"));
        assertThat(WorkListSearch.parse("x".repeat(WorkListSearch.MAX_LENGTH)).value()).hasSize(WorkListSearch.MAX_WORD);
    }
}
