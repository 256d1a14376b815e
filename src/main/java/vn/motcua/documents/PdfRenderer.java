package vn.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Renders XHTML to PDF with the shipped DejaVu Serif font, so every Vietnamese letter prints. */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Serif";

    byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("fonts/DejaVuSerif.ttf"), FONT_FAMILY, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("fonts/DejaVuSerif-Bold.ttf"), FONT_FAMILY, 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useUriResolver((base, uri) -> uri.startsWith("/css/") ? staticResource(uri) : uri);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The application's static files (the slips' style sheet) from the class path, as the browser gets them. */
    private static String staticResource(String path) {
        try {
            return new ClassPathResource("static" + path).getURL().toExternalForm();
        } catch (IOException e) {
            return null;
        }
    }

    private static InputStream font(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
