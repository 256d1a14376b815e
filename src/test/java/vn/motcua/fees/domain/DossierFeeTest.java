package vn.motcua.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.catalogue.domain.Fee;
import vn.motcua.catalogue.domain.FeeReduction;
import vn.motcua.platform.domain.InvalidValueException;

/** What a dossier owes, and what each command may do to its fee, rule by rule. */
class DossierFeeTest {

    static final Fee FIXED = new Fee("Lệ phí", 400_000L, null,
            List.of(new FeeReduction("Hộ nghèo", 100), new FeeReduction("Người cao tuổi", 50)));
    static final Fee BY_CASE = new Fee("Lệ phí", null, "Theo nghị quyết HĐND tỉnh",
            List.of(new FeeReduction("Người khuyết tật", 100), new FeeReduction("Gia đình chính sách", 33)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "the procedure's amount                   | FIXED   | 1 | null  | null       | null                | null          | 400000",
            "the amount times the cases               | FIXED   | 3 | null  | null       | null                | null          | 1200000",
            "an exemption the procedure lists         | FIXED   | 1 | null  | null       | Hộ nghèo            | Sổ hộ nghèo 1 | 0",
            "a half reduction                         | FIXED   | 1 | null  | null       | Người cao tuổi      | CCCD 1950     | 200000",
            "the stated amount of a case              | BY_CASE | 1 | 15000 | NQ 12/2025 | null                | null          | 15000",
            "a third off, rounded half up to the đồng | BY_CASE | 1 | 15001 | NQ 12/2025 | Gia đình chính sách | Giấy xác nhận | 10051"})
    void the_amount_due(String rule, String fee, int quantity, Long amount, String basis, String group, String reason, long due) {
        var a = FeeAssessment.stated(fee.equals("FIXED") ? FIXED : BY_CASE, quantity, amount, basis, group, reason);
        assertThat(a.due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "a fixed amount cannot be changed          | FIXED   | 1    | 300000     | null       | null           | null   | fee.amountFixed",
            "a case's amount must be stated            | BY_CASE | 1    | null       | NQ 12/2025 | null           | null   | fee.amountRequired",
            "a case's amount needs its basis           | BY_CASE | 1    | 15000      | ' '        | null           | null   | fee.basisRequired",
            "only a listed exemption                   | FIXED   | 1    | null       | null       | Sinh viên      | Thẻ SV | fee.reductionUnknown",
            "an exemption needs its reason             | FIXED   | 1    | null       | null       | Hộ nghèo       | ' '    | fee.reasonRequired",
            "at least one case                         | FIXED   | 0    | null       | null       | null           | null   | fee.quantity",
            "at most a thousand cases                  | FIXED   | 1001 | null       | null       | null           | null   | fee.quantity",
            "at most a billion in all                  | BY_CASE | 1000 | 2000000    | NQ         | null           | null   | fee.tooLarge",
            "no amount over a billion                  | BY_CASE | 1    | 1000000001 | NQ         | null           | null   | fee.amount"})
    void an_assessment_is_refused_with_its_reason(String rule, String fee, int quantity, Long amount, String basis, String group,
            String reason, String code) {
        assertThatThrownBy(() -> FeeAssessment.stated(fee.equals("FIXED") ? FIXED : BY_CASE, quantity, amount, basis, group, reason))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static DossierFee accepted(Fee fee) {
        return DossierFee.accepted("H99.01-261204-0001", "H99.01", "1.004873", LocalDate.of(2026, 1, 1), "Nguyễn Văn An",
                "001090012345", "COUNTER", FeeAssessment.atAcceptance(fee));
    }

    private static DossierFee made(FeeDecision d) {
        return ((FeeDecision.Made) d).fee();
    }

    @Test
    void a_fee_known_at_acceptance_is_due_at_once_and_one_that_depends_on_the_case_waits_for_the_desk() {
        assertThat(accepted(FIXED).status()).isEqualTo(FeeStatus.DUE);
        assertThat(accepted(FIXED).allowed()).containsExactlyInAnyOrder(DossierFee.Action.ASSESS, DossierFee.Action.PAY);
        assertThat(accepted(BY_CASE).status()).isEqualTo(FeeStatus.TO_ASSESS);
        assertThat(accepted(BY_CASE).pay(0)).isEqualTo(new FeeDecision.Refused(FeeRefusal.NOT_ASSESSED));
        assertThat(accepted(new Fee("Lệ phí", 0L, "Miễn")).status()).isEqualTo(FeeStatus.NOTHING_DUE);
    }

    @Test
    void an_exempt_applicant_has_nothing_to_pay() {
        var exempt = made(accepted(FIXED).assess(FeeAssessment.stated(FIXED, 1, null, null, "Hộ nghèo", "Sổ hộ nghèo 12")));
        assertThat(exempt.status()).isEqualTo(FeeStatus.NOTHING_DUE);
        assertThat(exempt.pay(0)).isEqualTo(new FeeDecision.Refused(FeeRefusal.NOTHING_TO_PAY));
    }

    @Test
    void only_the_amount_due_is_paid_and_only_once() {
        var due = accepted(FIXED);
        assertThat(due.pay(399_999)).isEqualTo(new FeeDecision.Refused(FeeRefusal.AMOUNT_MISMATCH));
        var paid = made(due.pay(400_000));
        assertThat(paid.status()).isEqualTo(FeeStatus.PAID);
        assertThat(paid.paid()).isEqualTo(400_000);
        assertThat(paid.pay(400_000)).isEqualTo(new FeeDecision.Refused(FeeRefusal.ALREADY_PAID));
        assertThat(paid.assess(FeeAssessment.stated(FIXED, 1, null, null, "Hộ nghèo", "Sổ"))).isEqualTo(
                new FeeDecision.Refused(FeeRefusal.ALREADY_PAID));
        assertThat(paid.allowed()).isEmpty();
    }

    @Test
    void a_dossier_refused_or_stopped_owes_nothing_and_gets_back_what_it_paid() {
        assertThat(made(accepted(FIXED).end()).status()).isEqualTo(FeeStatus.CANCELLED);
        assertThat(made(accepted(FIXED).end()).pay(400_000)).isEqualTo(new FeeDecision.Refused(FeeRefusal.ENDED));
        var refundDue = made(made(accepted(FIXED).pay(400_000)).end());
        assertThat(refundDue.status()).isEqualTo(FeeStatus.REFUND_DUE);
        assertThat(refundDue.allowed()).containsExactly(DossierFee.Action.REFUND);
        var refunded = made(refundDue.refund());
        assertThat(refunded.status()).isEqualTo(FeeStatus.REFUNDED);
        assertThat(refunded.refunded()).isEqualTo(400_000);
        assertThat(refunded.refund()).isEqualTo(new FeeDecision.Refused(FeeRefusal.NOTHING_TO_REFUND));
        assertThat(accepted(FIXED).refund()).isEqualTo(new FeeDecision.Refused(FeeRefusal.NOTHING_TO_REFUND));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "EBL01 | MC | 2026 | 26TMC", "EBL02 | AB | 2027 | 27TAB"})
    void a_receipt_series_is_the_year_T_and_two_letters(String form, String letters, int year, String series) {
        assertThat(new ReceiptSeries(form, letters).series(year)).isEqualTo(series);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"EBL03 | MC", "EBL01 | MF", "EBL01 | M", "EBL01 | mc"})
    void a_receipt_series_uses_only_the_circulars_symbols(String form, String letters) {
        assertThatThrownBy(() -> new ReceiptSeries(form, letters)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void receipt_numbers_have_seven_digits_and_at_most_eight() {
        assertThat(ReceiptSeries.number(12)).isEqualTo("0000012");
        assertThat(ReceiptSeries.number(99_999_999)).isEqualTo("99999999");
        assertThatThrownBy(() -> ReceiptSeries.number(100_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
