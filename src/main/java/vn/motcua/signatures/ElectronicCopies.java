package vn.motcua.signatures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Service;

import vn.motcua.platform.domain.InvalidValueException;

/**
 * Electronic copies certified from the original (bản sao điện tử, Decree 45/2020 Art. 10): the scan of a paper an
 * officer checked against its original becomes a PDF (an image on an A4 page, or the scanned PDF itself) that states
 * at the top right of its first page, as Decree 30/2020 has it for an electronic copy, the form of copy, the copying
 * body and the time (ISO 8601, Vietnam time), in black 10 pt, and is signed with the office's seal.
 */
@Service
public class ElectronicCopies {

    private static final float MARGIN = 36;

    private final PdfSeals seals;
    private final Clock clock;

    ElectronicCopies(PdfSeals seals, Clock clock) {
        this.seals = seals;
        this.clock = clock;
    }

    /**
     * The certified electronic copy of a scan (PDF, JPEG or PNG), signed by the office and recorded as the dossier's
     * paper of the kind given.
     */
    public byte[] certify(byte[] scan, String contentType, String office, String officeName, String dossierCode, String kind) {
        String time = clock.instant().atZone(PdfSeals.VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String[] lines = {"Bản sao điện tử từ bản chính", "Cơ quan sao: " + officeName, "Thời gian sao: " + time};
        try {
            byte[] pdf = "application/pdf".equals(contentType) ? stamped(scan, lines) : imagePage(scan, lines);
            return seals.sign(pdf, office, officeName, dossierCode, kind, false);
        } catch (IOException e) {
            throw new InvalidValueException("copy.unreadable", "The scan cannot be made into a copy");
        }
    }

    private static byte[] stamped(byte[] pdf, String[] lines) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            write(doc, doc.getPage(0), lines);
            return save(doc);
        }
    }

    private static byte[] imagePage(byte[] image, String[] lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            var picture = PDImageXObject.createFromByteArray(doc, image, "ban-sao");
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float height = page.getMediaBox().getHeight() - 2 * MARGIN - 48;
            float scale = Math.min(width / picture.getWidth(), height / picture.getHeight());
            try (var content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture, MARGIN, MARGIN, picture.getWidth() * scale, picture.getHeight() * scale);
            }
            write(doc, page, lines);
            return save(doc);
        }
    }

    /** The copy's statement, right-aligned at the top right of the page. */
    private static void write(PDDocument doc, PDPage page, String[] lines) throws IOException {
        try (InputStream font = ElectronicCopies.class.getResourceAsStream("/fonts/DejaVuSerif.ttf");
                var content = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            var type = PDType0Font.load(doc, font);
            float size = 10;
            float right = page.getMediaBox().getUpperRightX() - 24;
            float top = page.getMediaBox().getUpperRightY() - 20;
            content.setNonStrokingColor(0f, 0f, 0f);
            for (int i = 0; i < lines.length; i++) {
                float width = type.getStringWidth(lines[i]) / 1000 * size;
                content.beginText();
                content.setFont(type, size);
                content.newLineAtOffset(right - width, top - i * 12);
                content.showText(lines[i]);
                content.endText();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        var out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
