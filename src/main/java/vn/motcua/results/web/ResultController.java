package vn.motcua.results.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.TypedDate;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.web.PdfDownloads;
import vn.motcua.results.CertifiedCopies;
import vn.motcua.results.ResultRegister;
import vn.motcua.results.domain.Delivery;
import vn.motcua.results.domain.ResultDocument;
import vn.motcua.results.domain.ResultEntry;

/**
 * The result documents of a dossier ({@code /ho-so/{code}/ket-qua}: recorded, listed, opened) and the office's results
 * register of a year ({@code /so-ket-qua}, printable, and as XLSX).
 */
@Controller
class ResultController {

    private final ResultRegister register;
    private final Dossiers dossiers;
    private final CertifiedCopies copies;
    private final Clock clock;

    ResultController(ResultRegister register, Dossiers dossiers, CertifiedCopies copies, Clock clock) {
        this.copies = copies;
        this.register = register;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GetMapping("/ho-so/{code}/ket-qua")
    String dossier(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, Model model) {
        fill(model, me, code(code));
        return "results/dossier-results";
    }

    @PostMapping("/ho-so/{code}/ket-qua")
    String record(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String number,
            @RequestParam(required = false) String signedOn, @RequestParam(required = false) String signer,
            @RequestParam(required = false) String position, @RequestParam(required = false) String delivery,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        DossierCode dossier = code(code);
        try {
            if (signedOn != null && !signedOn.isBlank() && !TypedDate.isDate(signedOn)) {
                throw new InvalidValueException("result.signedOn.format", "Not a date");
            }
            var entry = new ResultEntry(kind, number, signedOn == null || signedOn.isBlank() ? null : TypedDate.parse(signedOn),
                    signer, position, delivery(delivery));
            if (file == null || file.isEmpty()) {
                throw new InvalidValueException("file.empty", "No file");
            }
            try (InputStream in = file.getInputStream()) {
                var recorded = register.record(dossier, entry, file.getOriginalFilename(), in, me);
                redirect.addFlashAttribute("recorded", recorded.code());
            }
            return "redirect:/ho-so/" + dossier.value() + "/ket-qua";
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("typed", new Typed(kind, number, signedOn, signer, position, delivery));
            fill(model, me, dossier);
            return "results/dossier-results";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was typed, shown again beside the error. */
    record Typed(String kind, String number, String signedOn, String signer, String position, String delivery) {
    }

    @GetMapping("/ho-so/{code}/ket-qua/{id}")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @PathVariable UUID id) {
        var download = register.file(code(code), id, me);
        var r = download.result();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(r.contentType())).contentLength(r.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(r.code() + "-" + r.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(download.content()));
    }

    @GetMapping("/so-ket-qua")
    String book(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "nam", required = false) String year,
            @RequestParam(name = "tu", required = false) String from, Model model) {
        int shown = number(year, LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).getYear());
        if (shown < 2000 || shown > 2100) {
            model.addAttribute("error", "result.year");
            shown = LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).getYear();
        }
        model.addAttribute("year", shown);
        int first = number(from, 1);
        model.addAttribute("results", register.register(me, shown, first));
        model.addAttribute("office", dossiers.nameOf(AgencyCode.of(me.officeCode())));
        model.addAttribute("page", ResultRegister.PAGE);
        model.addAttribute("from", Math.max(1, first));
        return "results/register";
    }

    @GetMapping("/so-ket-qua.xlsx")
    ResponseEntity<byte[]> bookXlsx(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "nam", required = false) String typedYear,
            @RequestParam(name = "tu", required = false) String typedFrom) throws IOException {
        int year = number(typedYear, LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).getYear());
        int from = number(typedFrom, 1);
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "MotCua", "1.0");
        var sheet = workbook.newWorksheet("Sổ kết quả " + year);
        String[] headings = {"Số sổ", "Mã kết quả", "Mã hồ sơ", "Loại kết quả", "Số văn bản", "Ngày ký", "Người ký", "Chức vụ",
                "Hình thức trả", "Người ghi sổ", "Ghi lúc"};
        for (int c = 0; c < headings.length; c++) {
            sheet.value(0, c, headings[c]);
        }
        int row = 1;
        for (ResultDocument r : register.register(me, year, from)) {
            var e = r.entry();
            Object[] cells = {r.registerLabel(), r.code(), r.dossierCode(), e.kind(), e.number(), e.signedOn().toString(),
                    e.signer(), e.position(), e.delivery().name(), r.recordedBy(), r.recordedAt().toString()};
            for (int c = 0; c < cells.length; c++) {
                sheet.value(row, c, String.valueOf(cells[c]));
            }
            row++;
        }
        workbook.finish();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-ket-qua-" + year + ".xlsx").build().toString())
                .body(out.toByteArray());
    }

    private void fill(Model model, OfficeMember me, DossierCode code) {
        var d = dossiers.find(code, me);
        model.addAttribute("copies", copies.ofDossier(code, me));
        model.addAttribute("d", d);
        model.addAttribute("results", register.ofDossier(code, me));
        model.addAttribute("kinds", register.kinds(d));
        model.addAttribute("mayRecord", register.mayRecord(d, me));
        model.addAttribute("deliveries", Delivery.values());
    }

    /** A number typed in the address, or the default when there is none or it is not plain digits. */
    private static int number(String typed, int otherwise) {
        return typed != null && typed.strip().matches("\\d{1,6}") ? Integer.parseInt(typed.strip()) : otherwise;
    }

    private static Delivery delivery(String value) {
        try {
            return value == null || value.isBlank() ? null : Delivery.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("result.delivery.required", "Say how the result goes back");
        }
    }

    private static DossierCode code(String code) {
        try {
            return new DossierCode(code);
        } catch (RuntimeException e) {
            throw new NotFoundException("No dossier " + code);
        }
    }
}
