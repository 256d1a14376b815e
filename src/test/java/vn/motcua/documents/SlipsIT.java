package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.DatabaseTest;

/**
 * Form 01 as a PDF: pdftotext reads the Vietnamese text back and zbarimg decodes the QR code to the public
 * lookup address. Uses office H99.03.
 */
@DatabaseTest
class SlipsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private String accept() throws Exception {
        String body = """
                {"officeCode": "H99.03", "procedureCode": "1.001193", "channel": "COUNTER",
                 "applicant": {"name": "Đặng Thị Hường", "idNumber": "001195004321", "address": "Phường Thụy Khuê, Hà Nội",
                               "phone": "0987654321"},
                 "documents": [{"name": "Tờ khai đăng ký khai sinh theo mẫu", "copies": 1},
                               {"name": "Giấy chứng sinh", "copies": 1}], "assistedFilling": true}
                """;
        String json = mvc.perform(post("/api/v1/dossiers").with(httpBasic("tiepnhan.03", "MotCua@2026"))
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(json, "$.code");
    }

    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void form_01_prints_the_vietnamese_text_and_a_qr_code_of_the_lookup_address() throws Exception {
        String code = accept();
        byte[] pdf = mvc.perform(get("/ho-so/" + code + "/mau-01.pdf").with(user(users.loadUserByUsername("tiepnhan.03"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve("form-01.pdf");
        Files.write(file, pdf);

        String text = run("pdftotext", "-layout", file.toString(), "-");
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Đặng Thị Hường", "001195004321", "Đăng ký khai sinh", "Giấy chứng sinh",
                code, "PHƯỜNG THỤY KHUÊ", "Tờ khai do cán bộ tiếp nhận điền");

        run("pdftoppm", "-png", "-r", "200", "-singlefile", file.toString(), dir.resolve("form-01").toString());
        String qr = run("zbarimg", "--quiet", "--raw", dir.resolve("form-01.png").toString());
        assertThat(qr.strip()).isEqualTo("http://localhost:8080/tra-cuu/" + code);
    }

    @Test
    void another_office_cannot_print_the_slip() throws Exception {
        String code = accept();
        mvc.perform(get("/ho-so/" + code + "/mau-01.pdf").with(user(users.loadUserByUsername("tiepnhan.02"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/ho-so/" + code + "/mau-01").with(user(users.loadUserByUsername("lanhdao.03"))))
                .andExpect(status().isOk());
    }
}
