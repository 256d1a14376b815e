package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.domain.CatalogueTable;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.support.DatabaseTest;

/**
 * Imports and exports of the catalogue through the administration pages: every bad file gets a clear
 * report and saves nothing; a good file is imported in the background with its progress; an export
 * imports back unchanged. New procedures here use codes 9.9xxxxx, which nothing else uses.
 */
@DatabaseTest
class CatalogueImportIT {

    static final String PAGE = "/quan-tri/thu-tuc/nhap";
    static final String HEADER = String.join(",", CatalogueTable.COLUMNS) + "\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AuditTrail audit;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long versions() {
        return jdbc.sql("select count(*) from procedure_version").query(Long.class).single();
    }

    private MvcResult upload(String user, String mode, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart(PAGE).file(new MockMultipartFile("file", name, "text/csv", bytes))
                        .param("effectiveFrom", "2026-12-01").param("mode", mode).with(as(user)).with(csrf()))
                .andReturn();
    }

    private String refusedWithNothingSaved(String name, byte[] bytes) throws Exception {
        long before = versions();
        MvcResult result = upload("quantri.nhom", "import", name, bytes);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(versions()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from catalogue_import where file_name = ?").param(name).query(Long.class).single())
                .isZero();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wrong_columns_are_reported_and_nothing_is_saved() throws Exception {
        String page = refusedWithNothingSaved("sai-cot.csv", csv("ma,ten,linh_vuc\n9.900001,Thủ tục,Hộ tịch\n"));
        assertThat(page).contains("Cột không có trong mẫu: ma.", "Thiếu cột bắt buộc: code, name, field");
    }

    @Test
    void duplicate_codes_are_reported_with_both_lines() throws Exception {
        String page = refusedWithNothingSaved("trung-ma.csv", csv(HEADER
                + "9.900002,Thủ tục A,Thử nghiệm,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n"
                + "9.900003,Thủ tục B,Thử nghiệm,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n"
                + "9.900002,Thủ tục A lần nữa,Thử nghiệm,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n"));
        assertThat(page).contains("Mã thủ tục này đã có ở dòng 2");
        assertThat(catalogue.find(ProcedureCode.of("9.900003"))).isEmpty();
    }

    @Test
    void impossible_times_are_each_reported_with_their_line() throws Exception {
        String page = refusedWithNothingSaved("thoi-han.csv", csv(HEADER
                + "9.900004,Âm,Thử nghiệm,COMMUNE,-2,WORKING_DAYS,,false,COUNTER,,,,\n"
                + "9.900005,Giờ chốt sai,Thử nghiệm,COMMUNE,,SAME_DAY,25:00,false,COUNTER,,,,\n"
                + "9.900006,Quá dài,Thử nghiệm,COMMUNE,9999,WORKING_DAYS,,false,COUNTER,,,,\n"
                + "9.900007,Đúng,Thử nghiệm,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n"));
        assertThat(page).contains("Tệp có 3 lỗi trong 4 dòng dữ liệu", "&quot;-2&quot;", "&quot;25:00&quot;", "&quot;9999&quot;");
        assertThat(catalogue.find(ProcedureCode.of("9.900007"))).isEmpty();
    }

    @Test
    void a_50_megabyte_file_is_refused_with_its_size() throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        String page = refusedWithNothingSaved("lon.csv", big);
        assertThat(page).contains("Tệp nặng 50,0 MB, vượt giới hạn 10 MB");
    }

    @Test
    void a_picture_renamed_csv_is_recognised_for_what_it_is() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String page = refusedWithNothingSaved("anh.csv", png);
        assertThat(page).contains("nhận dạng là: png");
    }

    @Test
    void a_spreadsheet_renamed_csv_is_named_as_such() throws Exception {
        byte[] xlsx = mvc.perform(get("/quan-tri/thu-tuc/xuat.xlsx").with(as("quantri.nhom"))).andReturn()
                .getResponse().getContentAsByteArray();
        String page = refusedWithNothingSaved("bang-tinh.csv", xlsx);
        assertThat(page).contains("Tên tệp và nội dung không khớp (CSV/XLSX)");
    }

    @Test
    void a_csv_not_in_utf8_is_refused_with_how_to_save_it() throws Exception {
        byte[] latin = (HEADER + "9.900008,Phường Hà Đông,Thử nghiệm,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n")
                .getBytes(Charset.forName("windows-1252"));
        String page = refusedWithNothingSaved("ma-hoa.csv", latin);
        assertThat(page).contains("Tệp CSV không phải mã UTF-8");
    }

    @Test
    void a_good_file_is_imported_in_the_background_with_progress_and_audited() throws Exception {
        // codes 9.NN0000–9.NN1499 with the first NN (10–79; other tests use 9.80…, 9.90…) no earlier run imported
        String prefix = java.util.stream.IntStream.rangeClosed(10, 79).mapToObj(n -> "9." + n)
                .filter(p -> catalogue.find(ProcedureCode.of(p + "0000")).isEmpty()).findFirst().orElseThrow();
        var file = new StringBuilder(HEADER);
        for (int i = 0; i < 1500; i++) {
            file.append(String.format(prefix + "%04d,Thủ tục nhập thử %d,Thử nghiệm nhập,COMMUNE,%d,WORKING_DAYS,,false,COUNTER;ONLINE,,,,%n",
                    i, i, 1 + i % 20));
        }
        MvcResult dryRun = upload("quantri.nhom", "check", "nhap-thu.csv", csv(file.toString()));
        assertThat(dryRun.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Tệp hợp lệ: 1500 dòng; 1500 thủ tục mới, 0 thủ tục đã có");
        assertThat(catalogue.find(ProcedureCode.of(prefix + "0000"))).isEmpty();

        MvcResult started = upload("quantri.nhom", "import", "nhap-thu.csv", csv(file.toString()));
        String jobPage = started.getResponse().getRedirectedUrl();
        assertThat(jobPage).startsWith(PAGE + "/");
        String progress = waitUntilFinished(jobPage);
        assertThat(progress).contains("data-status=\"DONE\"", "Đã nhập xong 1500 dòng: 1500 thủ tục mới", "value=\"100\"")
                .doesNotContain("hx-trigger");
        assertThat(catalogue.versionOn(ProcedureCode.of(prefix + "1499"), java.time.LocalDate.of(2026, 12, 1)))
                .hasValueSatisfying(v -> assertThat(v.legalTime().amount()).isEqualTo(20));
        assertThat(audit.about("catalogue", 5)).anySatisfy(e -> assertThat(e.detail()).contains("nhap-thu.csv", "1500 new"));
    }

    @Test
    void an_office_administrator_checks_files_but_does_not_import() throws Exception {
        String file = HEADER + "9.900009,Thủ tục,Thử nghiệm,COMMUNE,3,WORKING_DAYS,,false,COUNTER,,,,\n";
        mvc.perform(get(PAGE).with(as("quantri.02")))
                .andExpect(content().string(containsString("data-testid=\"import-readonly\"")));
        MvcResult result = upload("quantri.02", "import", "van-phong.csv", csv(file));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Tệp hợp lệ");
        assertThat(catalogue.find(ProcedureCode.of("9.900009"))).isEmpty();
    }

    @Test
    void an_export_in_either_format_imports_back_without_changes() throws Exception {
        for (String format : new String[] {"csv", "xlsx"}) {
            MvcResult export = mvc.perform(get("/quan-tri/thu-tuc/xuat." + format).with(as("quantri.03")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString("danh-muc-thu-tuc-")))
                    .andReturn();
            long before = versions();
            MvcResult check = upload("quantri.nhom", "check", "xuat." + format, export.getResponse().getContentAsByteArray());
            assertThat(check.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(format).contains("Tệp hợp lệ: " + before + " dòng; 0 thủ tục mới");
        }
        byte[] csvExport = mvc.perform(get("/quan-tri/thu-tuc/xuat.csv").with(as("quantri.nhom"))).andReturn()
                .getResponse().getContentAsByteArray();
        var birth = catalogue.find(ProcedureCode.of("1.001193")).orElseThrow();
        String jobPage = upload("quantri.nhom", "import", "xuat-lai.csv", csvExport).getResponse().getRedirectedUrl();
        assertThat(waitUntilFinished(jobPage)).contains("data-status=\"DONE\"");
        assertThat(catalogue.find(ProcedureCode.of("1.001193"))).contains(birth);
    }

    private String waitUntilFinished(String jobPage) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> mvc.perform(get(jobPage + "/tien-do").with(as("quantri.nhom"))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
                        fragment -> !fragment.contains("data-status=\"RUNNING\""));
    }

    @Test
    void an_unknown_import_is_not_found() throws Exception {
        mvc.perform(get(PAGE + "/khong-co").with(as("quantri.nhom"))).andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/00000000-0000-0000-0000-000000000000").with(as("quantri.nhom")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
