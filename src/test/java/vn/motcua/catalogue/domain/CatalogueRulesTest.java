package vn.motcua.catalogue.domain;

import vn.motcua.platform.domain.SearchText;
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
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1))
                .extracting(CatalogueTable.Problem::code).containsExactly("header.unknown", "header.unknown", "header.missing");
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
    void columns_may_come_in_any_order_and_optional_ones_carry_the_date_and_the_service_target() {
        var result = parse("""
                name,code,field,level,legal_unit,legal_amount,cutoff,boundary_free,channels,legal_basis,fee_vnd,fee_note,verification,target_amount,target_unit,effective_from
                Cấp Giấy xác nhận tình trạng hôn nhân,1.004873,Hộ tịch,COMMUNE,WORKING_DAYS,3,,false,COUNTER,,,,,2,WORKING_DAYS,2027-01-01
                """);
        assertThat(result.problems()).isEmpty();
        var v = result.versions().getFirst();
        assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(v.serviceTarget().amount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a column outside the layout        | code,name,field,level,legal_amount,legal_unit,cutoff,boundary_free,channels,legal_basis,fee_vnd,fee_note,verification,ghi_chu | header.unknown",
            "a required column missing          | code,name,field,level,legal_amount,legal_unit,cutoff,boundary_free,channels,legal_basis,fee_vnd,fee_note | header.missing",
            "a column twice                     | code,code,name,field,level,legal_amount,legal_unit,cutoff,boundary_free,channels,legal_basis,fee_vnd,fee_note,verification | header.duplicate",
    })
    void a_header_that_is_not_the_layout_is_reported_on_line_1(String rule, String header, String code) {
        var result = parse(header + "\n1.001193,Đăng ký khai sinh\n");
        assertThat(result.versions()).isEmpty();
        assertThat(result.problems()).extracting(CatalogueTable.Problem::line, CatalogueTable.Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(1, code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a target longer than the legal time  | 3,WORKING_DAYS,,5,WORKING_DAYS   | target_amount  | procedure.target",
            "a target in another unit             | 3,WORKING_DAYS,,3,CALENDAR_DAYS  | target_amount  | procedure.target",
            "a zero legal time                    | 0,WORKING_DAYS,,,                | legal_amount   | amount.range",
            "a legal time over a year             | 400,WORKING_DAYS,,,              | legal_amount   | amount.range",
            "hours that are not whole minutes     | 1.0001,WORKING_HOURS,,,          | legal_amount   | amount.minutes",
            "a cut-off at 25 o'clock              | ,SAME_DAY,25:00,,                | cutoff         | cutoff.format",
            "a target amount without a unit       | 3,WORKING_DAYS,,2,               | target_unit    | unit.unknown",
    })
    void impossible_times_are_reported_against_their_column(String rule, String times, String column, String code) {
        String[] t = times.split(",", -1);
        var result = parse("code,name,field,level,legal_amount,legal_unit,cutoff,boundary_free,channels,legal_basis,fee_vnd,fee_note,verification,target_amount,target_unit\n"
                + "1.004873,Xác nhận,Hộ tịch,COMMUNE," + t[0] + "," + t[1] + "," + t[2] + ",false,COUNTER,,,,," + t[3] + "," + t[4] + "\n");
        assertThat(result.versions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.code()).isEqualTo(code);
        });
    }

    @Test
    void a_table_of_more_than_20000_rows_is_refused_whole() {
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i <= CatalogueTable.MAX_ROWS; i++) {
            csv.append(String.format("1.%06d,Thủ tục %d,Hộ tịch,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,%n", i, i));
        }
        var result = parse(csv.toString());
        assertThat(result.versions()).isEmpty();
        assertThat(result.problems()).extracting(CatalogueTable.Problem::code).containsExactly("file.tooManyRows");
    }

    @Test
    void an_exported_row_reads_back_as_the_same_version() {
        var v = parse(HEADER + "1.001193,\"Đăng ký khai sinh, lưu động\",Hộ tịch,COMMUNE,,SAME_DAY,15:00,false,COUNTER;ONLINE,Luật Hộ tịch,8000,Ghi chú,Cần kiểm chứng\n")
                .versions().getFirst();
        var row = CatalogueTable.row(v, CatalogueTable.NO_DETAILS);
        var again = CatalogueTable.parse(java.util.List.of(new CsvRecords.Row(1, CatalogueTable.ALL_COLUMNS), new CsvRecords.Row(2, row)),
                LocalDate.of(2030, 1, 1));
        assertThat(again.problems()).isEmpty();
        assertThat(again.versions()).containsExactly(v);
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
                java.util.List.of(), first.channels(), null, java.util.List.of(), null, null);
        var procedure = new Procedure(first.code(), java.util.List.of(second, first));
        assertThat(procedure.versionOn(LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(procedure.versionOn(LocalDate.of(2026, 2, 28))).contains(first);
        assertThat(procedure.versionOn(LocalDate.of(2026, 3, 1))).contains(second);
    }

    @Test
    void a_fee_lists_its_exemptions_and_reductions_and_reads_back_from_an_export() {
        String header = String.join(",", CatalogueTable.COLUMNS) + ",fee_reductions\n";
        var v = parse(header + "1.004873,Xác nhận tình trạng hôn nhân,Hộ tịch,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,Theo HĐND,,"
                + "Hộ nghèo:100;Người cao tuổi:50\n").versions().getFirst();
        var fee = v.fees().getFirst();
        assertThat(fee.reductions()).containsExactly(new FeeReduction("Hộ nghèo", 100), new FeeReduction("Người cao tuổi", 50));
        assertThat(fee.reductionFor("Người cao tuổi")).hasValueSatisfying(r -> assertThat(r.exempts()).isFalse());
        var row = CatalogueTable.row(v, CatalogueTable.NO_DETAILS);
        var again = CatalogueTable.parse(java.util.List.of(new CsvRecords.Row(1, CatalogueTable.ALL_COLUMNS), new CsvRecords.Row(2, row)),
                LocalDate.of(2030, 1, 1));
        assertThat(again.versions()).containsExactly(v);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Hộ nghèo:0               | fee.reduction.percent", "Hộ nghèo:101 | fee.reduction.percent",
            "Hộ nghèo                 | fee.reduction.format",
            "Hộ nghèo:100;Hộ nghèo:50 | fee.reduction.twice", ":100 | fee.reduction.group"})
    void a_wrong_exemption_is_refused_at_its_column(String cell, String code) {
        String header = String.join(",", CatalogueTable.COLUMNS) + ",fee_reductions\n";
        var result = parse(header + "1.004873,Xác nhận,Hộ tịch,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,Theo HĐND,,\"" + cell + "\"\n");
        assertThat(result.versions()).isEmpty();
        assertThat(result.problems()).extracting(CatalogueTable.Problem::column, CatalogueTable.Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fee_reductions", code));
    }
}
