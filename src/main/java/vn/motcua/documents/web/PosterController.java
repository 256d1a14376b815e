package vn.motcua.documents.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.documents.Posters;
import vn.motcua.platform.security.OfficeMember;

/** The survey QR poster of a counter, as HTML to print and as an A4 PDF (the office's administrators). */
@RestController
class PosterController {

    private final Posters posters;

    PosterController(Posters posters) {
        this.posters = posters;
    }

    @GetMapping(value = "/quan-tri/quay/{id}/ma-qr", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String html(@AuthenticationPrincipal OfficeMember me, @PathVariable long id) {
        return posters.html(id, me);
    }

    @GetMapping("/quan-tri/quay/{id}/ma-qr.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal OfficeMember me, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("ma-qr-quay-" + id + ".pdf").build().toString())
                .body(posters.pdf(id, me));
    }
}
