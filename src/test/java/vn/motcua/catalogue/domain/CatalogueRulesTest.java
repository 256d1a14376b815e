package vn.motcua.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.platform.domain.InvalidValueException;

/** Procedure codes, search text and the catalogue table: every bad row is reported, none is half-read. */
class CatalogueRulesTest {

    private static final String HEADER = String.join(",", CatalogueTable.COLUMNS) + "\n";
    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);

    private static CatalogueTable.Result parse(String csv) {
        return CatalogueTable.parse(CsvRecords.read(new StringReader(csv)), FROM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.001193", "2.000908", "1.001193.H12", " 1.000894 "})
    void a_procedure_code_is_one_digit_a_dot_and_six_digits_with_an_optional_agency_suffix(String code) {
        assertThat(ProcedureCode.of(code).value()).isEqualTo(code.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1001193", "1.00119", "12.001193", "1.001193.", "a.001193", "1.001193.h-12"})
    void a_malformed_procedure_code_is_refused(String code) {
        assertThatThrownBy(() -> ProcedureCode.of(code)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "Đăng ký khai sinh, dang ky khai sinh",
            "ĐĂNG KÝ KẾT HÔN, dang ky ket hon",
            "  Chứng   thực  chữ ký , chung thuc chu ky",
            "Giỗ Tổ Hùng Vương, gio to hung vuong",
    })
    void search_text_drops_diacritics_case_and_extra_spaces(String text, String expected) {
        assertThat(SearchText.of(text)).isEqualTo(expected);
    }

    @Test
    void a_good_table_yields_every_procedure_with_its_legal_time() {
        var result = parse(HEADER + """
                1.001193,Đăng ký khai sinh,Hộ tịch,COMMUNE,,SAME_DAY,15:00,false,COUNTER;ONLINE,Luật Hộ tịch,0,Miễn,
                1.004873,"Cấp Giấy xác nhận tình trạng hôn nhân, độc thân",Hộ tịch,commune,3,WORKING_DAYS,,false,COUNTER,,,,
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.versions()).hasSize(2);
        assertThat(result.versions().get(0).legalTime().unit()).isEqualTo(ProcessingUnit.SAME_DAY);
        assertThat(result.versions().get(1).name()).isEqualTo("Cấp Giấy xác nhận tình trạng hôn nhân, độc thân");
        assertThat(result.versions().get(1).legalTime().amount()).isEqualTo(3);
    }

    @Test
    void wrong_columns_are_reported_on_the_first_line() {
        var result = parse("ma,ten\n1.001193,Đăng ký khai sinh\n");
        assertThat(result.versions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_column_and_nothing_is_kept() {
        var result = parse(HEADER + """
                1.001193,Đăng ký khai sinh,Hộ tịch,COMMUNE,,SAME_DAY,15:00,false,COUNTER,,,,
                1.001193,Đăng ký khai sinh lần hai,Hộ tịch,COMMUNE,,SAME_DAY,,false,COUNTER,,,,
                1.0011,Mã sai,Hộ tịch,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,
                1.004873,Thời hạn âm,Hộ tịch,COMMUNE,-3,WORKING_DAYS,,false,COUNTER,,,,
                1.004874,Thời hạn quá dài,Hộ tịch,COMMUNE,9999,WORKING_DAYS,,false,COUNTER,,,,
                1.004875,Giờ chốt sai chỗ,Hộ tịch,COMMUNE,3,WORKING_DAYS,15:00,false,COUNTER,,,,
                1.004876,Đơn vị lạ,Hộ tịch,COMMUNE,3,WEEKS,,false,COUNTER,,,,
                1.004877,,Hộ tịch,COMMUNE,3,WORKING_DAYS,,false,FAX,,,,
                1.004878,Thiếu cột,Hộ tịch
                """);
        assertThat(result.versions()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactly(
                "3:code", "4:code", "5:legal_amount", "6:legal_amount", "7:cutoff", "8:legal_unit", "9:channels", "10:");
    }

    @Test
    void an_unclosed_quote_is_refused() {
        assertThatThrownBy(() -> CsvRecords.read(new StringReader("a,\"b\n"))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_version_in_force_is_the_latest_started_on_or_before_the_day() {
        var first = parse(HEADER + "1.001193,Đăng ký khai sinh,Hộ tịch,COMMUNE,,SAME_DAY,15:00,false,COUNTER,,,,\n")
                .versions().getFirst();
        var second = new ProcedureVersion(first.code(), LocalDate.of(2026, 3, 1), "Đăng ký khai sinh (mới)", first.field(),
                first.level(), first.legalTime(), null, false, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), first.channels(), null, java.util.List.of(), null);
        var procedure = new Procedure(first.code(), java.util.List.of(second, first));
        assertThat(procedure.versionOn(LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(procedure.versionOn(LocalDate.of(2026, 2, 28))).contains(first);
        assertThat(procedure.versionOn(LocalDate.of(2026, 3, 1))).contains(second);
    }
}
