package vn.motcua.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A receipt writes the amount in words as Vietnamese says it. */
class VndInWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0          | Không đồng",
            "5          | Năm đồng",
            "10         | Mười đồng",
            "15         | Mười lăm đồng",
            "21         | Hai mươi mốt đồng",
            "105        | Một trăm linh năm đồng",
            "2000       | Hai nghìn đồng",
            "15000      | Mười lăm nghìn đồng",
            "400000     | Bốn trăm nghìn đồng",
            "1005000    | Một triệu không trăm linh năm nghìn đồng",
            "1250000    | Một triệu hai trăm năm mươi nghìn đồng",
            "25045      | Hai mươi lăm nghìn không trăm bốn mươi lăm đồng",
            "1000000000 | Một tỷ đồng",
            "1000000001 | Một tỷ không trăm linh một đồng"})
    void an_amount_is_written_in_words(long amount, String words) {
        assertThat(VndInWords.of(amount)).isEqualTo(words);
    }

    @Test
    void a_negative_amount_has_no_words() {
        assertThatThrownBy(() -> VndInWords.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
