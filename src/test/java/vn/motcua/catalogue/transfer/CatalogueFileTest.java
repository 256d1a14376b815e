package vn.motcua.catalogue.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.ProcedureDetails;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.platform.domain.InvalidValueException;

/** What an uploaded file really is, whatever its name says; and the details cell as JSON. */
class CatalogueFileTest {

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource({
            "anh.csv, file.notTable",
            "bao-cao.pdf, file.extension",
            "danh-muc.xls, file.extension",
    })
    void files_that_are_not_tables_are_refused_by_content_or_name(String name, String code) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertThatThrownBy(() -> CatalogueFile.rows(name, png))
                .isInstanceOfSatisfying(CatalogueFile.Refused.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void binary_content_with_zero_bytes_is_not_csv() {
        byte[] bytes = "code,name\u0000\u0001".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CatalogueFile.rows("x.csv", bytes))
                .isInstanceOfSatisfying(CatalogueFile.Refused.class, e -> assertThat(e.detail()).isEqualTo("binary"));
    }

    @Test
    void an_old_excel_file_renamed_xlsx_is_named_for_what_it_is() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> CatalogueFile.rows("x.xlsx", ole2))
                .isInstanceOfSatisfying(CatalogueFile.Refused.class, e -> assertThat(e.detail()).isEqualTo("xls"));
    }

    @Test
    void a_utf8_csv_with_a_byte_order_mark_is_read() {
        var rows = CatalogueFile.rows("x.CSV", "\uFEFFcode,name\r\n1.001193,Đăng ký khai sinh\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).fields()).containsExactly("1.001193", "Đăng ký khai sinh");
    }

    @Test
    void an_xlsx_sheet_is_read_as_rows_with_spreadsheet_dates_and_times_as_text() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("Thu tuc");
        String[] header = {"code", "name", "cutoff", "effective_from", "legal_amount"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        sheet.value(1, 0, "1.001193");
        sheet.value(1, 1, "Đăng ký khai sinh");
        sheet.value(1, 2, 0.625);
        sheet.value(1, 3, 46357);
        sheet.value(1, 4, 3);
        workbook.finish();
        var rows = CatalogueFile.rows("danh-muc.xlsx", out.toByteArray());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).fields()).containsExactly("1.001193", "Đăng ký khai sinh", "15:00", "2026-12-01", "3");
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void an_xlsx_that_unpacks_beyond_200_megabytes_is_refused_before_it_is_parsed() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i <= 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan((int) CatalogueFile.MAX_BYTES);
        assertThatThrownBy(() -> CatalogueFile.rows("bom.xlsx", out.toByteArray()))
                .isInstanceOfSatisfying(CatalogueFile.Refused.class, e -> assertThat(e.code()).isEqualTo("file.unpacked"));
    }

    @Test
    void details_survive_a_round_trip_through_json() {
        var details = new ProcedureDetails(
                List.of(new RequiredDocument("Tờ khai", RequiredDocument.Form.ORIGINAL, 1, null),
                        new RequiredDocument("Giấy ủy quyền", RequiredDocument.Form.CERTIFIED_COPY, 1, "Khi nộp thay")),
                List.of(new ProcessingStep("Tiếp nhận", "Bộ phận Một cửa", new BigDecimal("0.5"))),
                List.of("Giấy khai sinh"),
                List.of(new FormField("declarantName", "Họ, chữ đệm, tên", FormField.Type.TEXT, true, null, List.of(), "fullName")),
                10);
        var json = new JsonDetails(tools.jackson.databind.json.JsonMapper.builder().build());
        assertThat(json.read(json.write(details))).isEqualTo(details);
    }

    @Test
    void details_that_break_a_rule_are_refused_with_the_rule() {
        assertThatThrownBy(() -> new JsonDetails(tools.jackson.databind.json.JsonMapper.builder().build()).read("{\"steps\":[{\"title\":\"Thẩm định\",\"performer\":\"Công chức\",\"hours\":-1}]}"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("positive");
    }
}
