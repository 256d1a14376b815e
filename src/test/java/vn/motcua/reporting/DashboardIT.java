package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * The dashboard, the period report and the lists behind the numbers: who may read them, that bad parameters give
 * a notice and not an error, and that the spreadsheet and the PDF carry the screen's figures to the last digit.
 */
@DatabaseTest
class DashboardIT {

    static final String PASSWORD = "MotCua@2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    vn.motcua.demo.history.HistoryLoader loader;
    @Autowired
    ReportProjector projector;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String accept() throws Exception {
        return Acceptance.at("H99.03", "tiepnhan.03").applicant("Lê Văn Bảy", "001195004323").address("Thụy Khuê").code(mvc);
    }

    @Test
    void leaders_read_the_dashboard_and_drill_down_others_may_not() throws Exception {
        String code = accept();
        projector.catchUp();
        String page = mvc.perform(get("/thong-ke").with(as("lanhdao.03"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bảng điều hành", "Tỷ lệ đúng hạn (trên hồ sơ đã giải quyết)",
                "Tỷ lệ trễ hạn (trên tổng hồ sơ phải giải quyết)", "Theo lĩnh vực", "Theo cán bộ", "Tiến độ giải quyết",
                "/thong-ke/ho-so?");
        mvc.perform(get("/thong-ke").with(as("chuyenvien.03"))).andExpect(status().isForbidden());
        mvc.perform(get("/thong-ke").param("don-vi", "H99.02").with(as("lanhdao.03"))).andExpect(status().isForbidden());
        mvc.perform(get("/thong-ke").param("don-vi", "H99.77").param("ky", "2021-Q5").with(as("lanhdao.03")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Không tìm thấy đơn vị")));
        mvc.perform(get("/thong-ke").param("don-vi", "H99").with(as("quantri.nhom"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Theo đơn vị")));

        mvc.perform(get("/thong-ke/ho-so").param("so-lieu", "RECEIVED").param("theo", "thu-tuc").param("khoa", "1.004873")
                        .with(as("lanhdao.03")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(code)));
        mvc.perform(get("/thong-ke/ho-so").param("so-lieu", "nonsense").param("theo", "mo-hinh").param("khoa", "x'; drop")
                .param("trang", "-4").with(as("lanhdao.03"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Điều kiện lọc không hợp lệ")));
        // dates at the ends of what a date can be: a page, not an error
        for (String path : List.of("/thong-ke", "/thong-ke/bao-cao", "/thong-ke/bao-cao.xlsx", "/thong-ke/ho-so")) {
            for (String[] dates : new String[][] {{"0001-01-01", "+999999999-12-31"}, {"-999999999-01-01", "2026-01-01"},
                {"1899-12-31", "3000-01-01"}}) {
                mvc.perform(get(path).param("tu", dates[0]).param("den", dates[1]).param("so-lieu", "RECEIVED")
                        .with(as("lanhdao.03"))).andExpect(status().isOk());
            }
        }
    }

    @Test
    void the_spreadsheet_and_the_pdf_carry_the_figures_of_the_screen() throws Exception {
        accept();
        projector.catchUp();
        String screen = mvc.perform(get("/thong-ke/bao-cao").param("theo", "linh-vuc").with(as("lanhdao.03")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> onScreen = cells(screen.substring(screen.indexOf("data-testid=\"report-total\""),
                screen.indexOf("</tr>", screen.indexOf("data-testid=\"report-total\""))));
        assertThat(onScreen).hasSize(13);
        byte[] xlsx = mvc.perform(get("/thong-ke/bao-cao.xlsx").param("theo", "linh-vuc").with(as("lanhdao.03")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.stream().map(r -> r.getCellText(1)).toList()).contains("Kỳ trước chuyển sang");
            var total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(0))).findFirst().orElseThrow();
            var inFile = new ArrayList<String>();
            for (int c = 1; c <= 13; c++) {
                inFile.add(total.getCellText(c));
            }
            // rates are numbers in the spreadsheet (a leader sums, sorts and charts them); none is an empty cell
            assertThat(inFile).isEqualTo(onScreen.stream().map(v -> v.equals("—") ? "" : v.replace(',', '.')).toList());
        }
        String text = pdfText(get("/thong-ke/bao-cao.pdf").param("theo", "linh-vuc").with(as("lanhdao.03")));
        assertThat(text).contains("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ");
        assertThat(text).containsPattern("Tổng cộng\\s+" + String.join("\\s+", onScreen.stream().map(Pattern::quote).toList()));
    }

    @Test
    void the_pdf_lists_the_late_dossiers_of_each_officer_as_the_screen_does() throws Exception {
        vn.motcua.demo.history.DemoHistoryFixture.hongHa2021(loader);
        String screen = mvc.perform(get("/thong-ke/bao-cao").param("ky", "2021").param("theo", "linh-vuc").with(as("lanhdao.02")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = pdfText(get("/thong-ke/bao-cao.pdf").param("ky", "2021").param("theo", "linh-vuc").with(as("lanhdao.02")));
        String section = screen.substring(screen.indexOf("data-testid=\"late-by-officer\""));
        var late = Pattern.compile("<td>([^<]+)</td>\\s*<td class=\"text-end\"><a [^>]*>(\\d+)</a>")
                .matcher(section.substring(0, section.indexOf("</section>")));
        long total = 0;
        while (late.find()) {
            // the PDF prints them four to a line: officer, number, officer, number…
            assertThat(text).containsPattern(Pattern.quote(late.group(1)) + "\\s+" + late.group(2) + "\\b");
            total += Long.parseLong(late.group(2));
        }
        assertThat(total).as("Hồng Hà's 7 late land dossiers of 2021").isEqualTo(7);
    }

    private String pdfText(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        byte[] pdf = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        var file = java.nio.file.Files.createTempFile("bao-cao", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            var process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor();
            return text;
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static List<String> cells(String row) {
        var m = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        var cells = new ArrayList<String>();
        while (m.find()) {
            cells.add(m.group(1).strip());
        }
        return cells;
    }
}
