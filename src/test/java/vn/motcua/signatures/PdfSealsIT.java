package vn.motcua.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.signatures.persistence.DemoRevocationRows;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.RunUnique;

/**
 * PDFs signed with the demo's office seal: valid for MotCua's own check and for an independent tool (poppler's
 * {@code pdfsig}), recognised as the dossier's paper; one byte changed after signing and both say it is not valid.
 */
@DatabaseTest
public class PdfSealsIT {

    @Autowired
    PdfSeals seals;
    @Autowired
    SignatureCheck check;
    @Autowired
    MockMvc mvc;
    @TempDir
    Path dir;

    /** A small real PDF with the text on an A5 page. */
    public static byte[] pdf(String text) throws IOException {
        try (var doc = new PDDocument()) {
            var page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(40, 500);
                content.showText(text);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private String pdfsig(byte[] file) throws Exception {
        Path path = dir.resolve(UUID.randomUUID() + ".pdf");
        Files.write(path, file);
        var process = new ProcessBuilder("pdfsig", path.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Test
    void a_signed_pdf_is_valid_for_motcua_and_for_pdfsig_and_one_changed_byte_breaks_it() throws Exception {
        String code = "H99.06-261202-" + (1000 + (int) (Math.random() * 8999));
        byte[] signed = seals.sign(pdf("Giay tiep nhan " + UUID.randomUUID()), "H99.06", "Xã Vĩnh Thạnh", code, "Mẫu 01");
        Files.write(Path.of("target", "signed-form-01.pdf"), signed);

        var verdict = check.check(signed);
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.signatures()).singleElement().satisfies(s -> {
            assertThat(s.signer()).contains("Xã Vĩnh Thạnh", "DEMO");
            assertThat(s.intact()).isTrue();
            assertThat(s.trusted()).isTrue();
            assertThat(s.timestampedAt()).as("an RFC 3161 timestamp from the demo's authority (PAdES B-T)")
                    .isEqualTo(clock.instant());
            assertThat(s.timestampAuthority()).contains("DEMO TSA");
            assertThat(s.timestampValid()).isTrue();
        });
        assertThat(verdict.issued()).hasValueSatisfying(i -> assertThat(i.dossierCode()).isEqualTo(code));
        assertThat(pdfsig(signed)).contains("Signature is Valid", "ETSI.CAdES.detached");

        // one byte of the signed range changed (in the binary comment after the header, so the file still opens)
        byte[] tampered = signed.clone();
        assertThat(new String(signed, 0, 10, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.").endsWith("%");
        tampered[11] ^= 1;
        assertThat(check.check(tampered).valid()).isFalse();
        assertThat(check.check(tampered).signatures()).singleElement().satisfies(s -> assertThat(s.intact()).isFalse());
        assertThat(pdfsig(tampered)).doesNotContain("Signature is Valid");

        String page = mvc.perform(multipart("/xac-minh-chu-ky").file(new MockMultipartFile("file", "mau-01.pdf",
                "application/pdf", signed)).with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Chữ ký số hợp lệ", code, "Dấu thời gian (RFC 3161)");
        String api = mvc.perform(multipart("/api/v1/signatures/verify").file(new MockMultipartFile("file", "mau-01.pdf",
                "application/pdf", tampered))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains("\"valid\":false", "\"intact\":false");
    }

    @org.springframework.beans.factory.annotation.Autowired
    Seals sealsOfOffices;
    @org.springframework.beans.factory.annotation.Autowired
    DemoRevocationRows revocations;

    @Test
    void a_signature_by_a_certificate_revoked_before_it_signed_is_not_valid() throws Exception {
        // an office no other test or earlier run signs for: its demo certificate is revoked here
        String office = "H98." + RunUnique.suffix();
        String name = "Văn phòng thử thu hồi";
        byte[] signed = seals.sign(pdf("Thu hoi " + UUID.randomUUID()), office, name, null, "Thử");
        assertThat(check.check(signed).signatures()).singleElement()
                .satisfies(s -> assertThat(s.revocation()).as("the demo CA's list, read over HTTP").isEqualTo("GOOD"));

        var serial = sealsOfOffices.of(office, name).orElseThrow().certificate().getSerialNumber();
        revocations.revoke(serial, clock.instant().minusSeconds(3600), "key compromise");
        var verdict = check.check(signed);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.signatures()).singleElement().satisfies(s -> {
            assertThat(s.revocation()).isEqualTo("REVOKED");
            assertThat(s.intact()).isTrue();
        });
        String page = mvc.perform(multipart("/xac-minh-chu-ky").file(new MockMultipartFile("file", "thu-hoi.pdf",
                "application/pdf", signed)).with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ĐÃ BỊ THU HỒI");
    }
}
