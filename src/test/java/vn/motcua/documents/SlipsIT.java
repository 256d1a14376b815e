package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * Form 01 as a PDF: pdftotext reads the Vietnamese text back and zbarimg decodes the QR code to the public
 * lookup address. Uses office H99.01.
 */
@DatabaseTest
class SlipsIT {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;
    @Autowired
    java.time.Clock clock;

    private String accept() throws Exception {
        return accept("1.001193");
    }

    private String accept(String procedure) throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").procedure(procedure).applicant("Đặng Thị Hường", "001195004321")
                .address("Phường Thụy Khuê, Hà Nội").phone("0987654321")
                .documents("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh").assisted(true)
                .declaration(procedure.equals("1.001193") ? java.util.Map.of("childFullName", "Đặng Minh Khôi", "childSex", "Nam",
                        "childBirthDate", "2026-11-20") : java.util.Map.of()).code(mvc);
        return code;
    }

    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void the_declaration_of_a_procedure_is_downloaded_blank_by_anyone() throws Exception {
        byte[] pdf = mvc.perform(get("/thu-tuc/1.001193/to-khai.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var file = java.nio.file.Files.createTempFile("to-khai", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/blank-declaration.pdf"), pdf);
            String text = run("pdftotext", "-layout", file.toString(), "-");
            assertThat(text).contains("TỜ KHAI ĐĂNG KÝ KHAI SINH", "Ngày, tháng, năm sinh *", "□ Nam", "Họ, chữ đệm, tên của mẹ")
                    .doesNotContain("Mã hồ sơ");
            assertThat(run("pdfinfo", file.toString())).containsPattern("Pages:\\s+1");
        } finally {
            java.nio.file.Files.delete(file);
        }
        mvc.perform(get("/thu-tuc/2.000815/to-khai.pdf")).andExpect(status().isNotFound()); // no form to fill
        mvc.perform(get("/thu-tuc/<x>/to-khai.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void form_01_prints_the_vietnamese_text_and_a_qr_code_of_the_lookup_address() throws Exception {
        String code = accept();
        byte[] pdf = mvc.perform(get("/ho-so/" + code + "/mau-01.pdf").with(user(users.loadUserByUsername("tiepnhan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve("form-01.pdf");
        Files.write(file, pdf);

        String text = run("pdftotext", "-layout", file.toString(), "-");
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Đặng Thị Hường", "001195004321", "Đăng ký khai sinh", "Giấy chứng sinh",
                code, "VĂN PHÒNG MỘT CỬA MẪU", "Tờ khai do cán bộ tiếp nhận điền");
        // one A5 sheet, as the desk prints it
        assertThat(run("pdfinfo", file.toString())).containsPattern("Pages:\\s+1\\n").containsPattern("Page size:\\s+419\\.5\\d* x 595\\.2\\d* pts");

        run("pdftoppm", "-png", "-r", "200", "-singlefile", file.toString(), dir.resolve("form-01").toString());
        String qr = run("zbarimg", "--quiet", "--raw", dir.resolve("form-01.png").toString());
        assertThat(qr.strip()).startsWith("http://localhost:8080/tra-cuu/" + code + "?k=");
        mvc.perform(get(qr.strip().replace("http://localhost:8080", ""))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"survey-link\"")));
    }

    @Test
    void form_01_with_a_long_checklist_still_fits_one_a5_sheet() throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").procedure("1.001193").applicant("Công Tằng Tôn Nữ Thị Phương Hoa", "001195004341")
                .address("Số 123, ngõ 45, ngách 67, đường Hoàng Quốc Việt, phường Nghĩa Đô, quận Cầu Giấy, thành phố Hà Nội")
                .phone("0987654321").documents("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh",
                        "Giấy tờ tùy thân của người đi đăng ký (thẻ căn cước hoặc VNeID)", "Giấy chứng nhận kết hôn của cha mẹ",
                        "Văn bản ủy quyền có chứng thực", "Bản sao sổ hộ khẩu cũ (nếu có)").assisted(true)
                .declaration(java.util.Map.of("childFullName", "Công Tằng Tôn Nữ Minh Khuê", "childSex", "Nữ")).code(mvc);
        byte[] pdf = mvc.perform(get("/ho-so/" + code + "/mau-01.pdf").with(user(users.loadUserByUsername("tiepnhan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve("form-01-long.pdf");
        Files.write(file, pdf);
        assertThat(run("pdfinfo", file.toString())).containsPattern("Pages:\\s+1\\n");
    }

    @Test
    void another_office_cannot_print_the_slip() throws Exception {
        String code = accept();
        mvc.perform(get("/ho-so/" + code + "/mau-01.pdf").with(user(users.loadUserByUsername("tiepnhan.02"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ho-so/" + code + "/mau-01").with(user(users.loadUserByUsername("lanhdao"))))
                .andExpect(status().isOk());
    }

    @Test
    void the_apology_stop_notice_control_sheet_and_tracking_book_print_in_vietnamese() throws Exception {
        String code = accept("1.004884");
        String base = "/api/v1/dossiers/" + code + "/";
        mvc.perform(post(base + "transfer").with(httpBasic("tiepnhan", "MotCua@2026"))).andExpect(status().isOk());
        var later = java.time.LocalDate.now(clock).plusDays(21).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY));
        String code2 = accept();
        mvc.perform(post("/api/v1/dossiers/" + code2 + "/stop").with(httpBasic("tiepnhan", "MotCua@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"Công dân xin rút hồ sơ để bổ sung thông tin\"}"))
                .andExpect(status().isOk());
        var officer = user(users.loadUserByUsername("lanhdao"));

        String sheet = text(mvc.perform(get("/ho-so/" + code + "/mau-kiem-soat.pdf").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), "form-06");
        assertThat(sheet).contains("Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Tiếp nhận và chuyển");
        // transferred at once: on time before the 15:00 cut-off, early after it (then due the next working day)
        boolean beforeCutOff = java.time.LocalTime.now(clock).isBefore(java.time.LocalTime.of(15, 0));
        assertThat(sheet).contains(beforeCutOff ? "Đúng" : "Trước");

        String stop = text(mvc.perform(get("/ho-so/" + code2 + "/mau-dung.pdf").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), "form-05");
        assertThat(stop).contains("Mẫu số 05", "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Công dân xin rút hồ sơ");

        mvc.perform(get("/ho-so/" + code + "/mau-xin-loi.pdf").with(officer)).andExpect(status().isNotFound());
        mvc.perform(post(base + "apology").with(httpBasic("lanhdao", "MotCua@2026")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"newDueAt\": \"" + later + "T16:00:00\", \"note\": \"Cần xác minh nơi sinh\"}"))
                .andExpect(status().isOk());
        String apology = text(mvc.perform(get("/ho-so/" + code + "/mau-xin-loi.pdf").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), "form-04");
        assertThat(apology).contains("Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Cần xác minh", "16 giờ 00 phút", "Lê Văn Hải");

        String book = text(mvc.perform(get("/so-theo-doi.pdf").param("field", "Hộ tịch").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), "form-07");
        assertThat(book).contains("Mẫu số 07", "SỔ THEO DÕI HỒ SƠ", code, code2, "Đặng Thị");
        String births = text(mvc.perform(get("/so-theo-doi.pdf").param("field", "Hộ tịch").with(officer))
                .andReturn().getResponse().getContentAsByteArray(), "form-07-civil-status");
        assertThat(births).contains("Lĩnh vực: Hộ tịch");
        mvc.perform(get("/so-theo-doi").param("from", "2026-13-01").with(officer)).andExpect(status().isBadRequest());
    }

    @Test
    void the_declaration_filled_by_the_officer_prints_for_the_citizen_to_sign() throws Exception {
        String code = accept();
        String declaration = text(mvc.perform(get("/ho-so/" + code + "/to-khai.pdf").with(user(users.loadUserByUsername("tiepnhan"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), "declaration");
        assertThat(declaration).contains("TỜ KHAI ĐĂNG KÝ KHAI SINH", "Họ, chữ đệm, tên của trẻ", "Đặng Minh Khôi",
                "do cán bộ", "NGƯỜI YÊU CẦU");
        Acceptance.at("H99.01", "tiepnhan").procedure("1.001193").applicant("Đặng Thị Hường", "001195004321").documents()
                .declaration(java.util.Map.of("childSex", "Không rõ")).perform(mvc).andExpect(status().isUnprocessableContent());
    }

    private static String text(byte[] pdf, String name) throws Exception {
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".pdf");
        Files.write(file, pdf);
        return run("pdftotext", "-layout", file.toString(), "-");
    }

    @Test
    void a_counter_poster_prints_its_office_and_a_qr_code_that_opens_the_counter_survey() throws Exception {
        long counter = jdbc.sql("""
                select c.id from service_counter c join one_stop_desk d on d.id = c.desk_id where d.agency_code = 'H99.01'
                order by c.number limit 1
                """).query(Long.class).single();
        byte[] pdf = mvc.perform(get("/quan-tri/quay/" + counter + "/ma-qr.pdf").with(user(users.loadUserByUsername("quantri"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve("counter-poster.pdf");
        Files.write(file, pdf);
        assertThat(run("pdftotext", "-layout", file.toString(), "-"))
                .contains("ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG", "VĂN PHÒNG MỘT CỬA MẪU", "Quầy số 1", "Bấm «Gửi đánh giá»");
        run("pdftoppm", "-png", "-r", "100", "-singlefile", file.toString(), dir.resolve("counter-poster").toString());
        String qr = run("zbarimg", "--quiet", "--raw", dir.resolve("counter-poster.png").toString()).strip();
        assertThat(qr).startsWith("http://localhost:8080/danh-gia/");
        mvc.perform(get(qr.replace("http://localhost:8080", ""))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Văn phòng Một cửa mẫu")));
        mvc.perform(get("/quan-tri/quay/" + counter + "/ma-qr.pdf").with(user(users.loadUserByUsername("quantri.02"))))
                .andExpect(status().isNotFound());
    }
}
