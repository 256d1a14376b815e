package vn.motcua.platform.web;

import java.io.InputStream;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored PDF sent to the browser to open (not to run anything else: nosniff). */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    public static ResponseEntity<InputStreamResource> inline(InputStream file, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(new InputStreamResource(file));
    }
}
