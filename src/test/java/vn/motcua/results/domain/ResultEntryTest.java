package vn.motcua.results.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.motcua.platform.domain.InvalidValueException;

/** What a result document may be recorded with, rule by rule. */
class ResultEntryTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final List<String> KINDS = List.of("Giấy khai sinh (bản chính)", "Bản sao Giấy khai sinh");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "no kind                   | null                       | 12/2026 | 2026-12-03 | Lê Hòa | Chủ tịch | result.kind.required",
            "a kind the procedure lacks | Sổ đỏ                      | 12/2026 | 2026-12-03 | Lê Hòa | Chủ tịch | result.kind.unknown",
            "no number                 | Giấy khai sinh (bản chính) | ' '     | 2026-12-03 | Lê Hòa | Chủ tịch | result.number.required",
            "signed before the receipt | Giấy khai sinh (bản chính) | 12/2026 | 2026-11-30 | Lê Hòa | Chủ tịch | result.signedOn.range",
            "signed tomorrow           | Giấy khai sinh (bản chính) | 12/2026 | 2026-12-05 | Lê Hòa | Chủ tịch | result.signedOn.range",
            "no signer                 | Giấy khai sinh (bản chính) | 12/2026 | 2026-12-03 | null   | Chủ tịch | result.signer.required",
            "no position               | Giấy khai sinh (bản chính) | 12/2026 | 2026-12-03 | Lê Hòa | null     | result.position.required"})
    void a_result_is_refused_with_its_reason(String why, String kind, String number, LocalDate signedOn, String signer,
            String position, String code) {
        assertThatThrownBy(() -> new ResultEntry(kind, number, signedOn, signer, position, Delivery.PAPER)
                .check(KINDS, RECEIVED, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_result_signed_between_the_receipt_and_today_has_its_code_and_register_label() {
        var entry = new ResultEntry(" Giấy khai sinh (bản chính) ", "125/2026", RECEIVED, "Lê  Hòa", "Chủ tịch", Delivery.BOTH);
        entry.check(KINDS, RECEIVED, TODAY);
        assertThat(entry.signer()).isEqualTo("Lê Hòa");
        var document = new ResultDocument(UUID.randomUUID(), "H99.06-261201-0001", "H99.06", 2, 2026, 15, entry, "gks.pdf",
                "application/pdf", 1, "0".repeat(64), "tiepnhan.06", Instant.EPOCH);
        assertThat(document.code()).isEqualTo("H99.06-261201-0001-KQ2");
        assertThat(document.registerLabel()).isEqualTo("15/2026");
        assertThat(Delivery.PAPER.electronic()).isFalse();
        assertThat(Delivery.BOTH.electronic()).isTrue();
    }
}
