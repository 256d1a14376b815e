package vn.motcua.catalogue.web;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.TypedDate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalogue.Catalogue;
import vn.motcua.catalogue.domain.CatalogueTable;
import vn.motcua.catalogue.transfer.CatalogueExport;
import vn.motcua.catalogue.transfer.CatalogueFile;
import vn.motcua.catalogue.transfer.CatalogueImports;
import vn.motcua.catalogue.transfer.ImportCheck;
import vn.motcua.catalogue.transfer.ImportJob;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.platform.domain.ControlCharacters;

/**
 * Import of the catalogue from CSV or XLSX (a dry run first, then a background import with a progress
 * bar) and its export, for administrators. Only a top-level body's administrators import.
 */
@Controller
class CatalogueTransferController {

    /** A problem as the page shows it: where, and what is wrong, in the reader's language. */
    record ProblemLine(int line, String column, String text) {
    }

    private final CatalogueImports imports;
    private final CatalogueExport export;
    private final Catalogue catalogue;
    private final MessageSource messages;

    CatalogueTransferController(CatalogueImports imports, CatalogueExport export, Catalogue catalogue,
            MessageSource messages) {
        this.imports = imports;
        this.export = export;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/thu-tuc/nhap")
    String form(@AuthenticationPrincipal OfficeMember me, Model model) {
        model.addAttribute("mayImport", catalogue.mayEdit(me));
        model.addAttribute("effectiveFrom", catalogue.today());
        return "catalogue/import";
    }

    @PostMapping("/quan-tri/thu-tuc/nhap")
    String upload(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String effectiveFrom, @RequestParam(defaultValue = "check") String mode,
            Model model, Locale locale) throws IOException {
        model.addAttribute("mayImport", catalogue.mayEdit(me));
        LocalDate from = date(effectiveFrom);
        model.addAttribute("effectiveFrom", from == null ? effectiveFrom : from);
        if (from == null) {
            model.addAttribute("dateError", true);
            return "catalogue/import";
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("catalogueImport.file.empty", null, locale));
            return "catalogue/import";
        }
        if (file.getSize() > CatalogueFile.MAX_BYTES) {
            model.addAttribute("fileError", messages.getMessage("catalogueImport.file.tooLarge",
                    new Object[] {String.format(locale, "%.1f", file.getSize() / (1024.0 * 1024.0))}, locale));
            return "catalogue/import";
        }
        ImportCheck check = imports.check(ControlCharacters.removedFrom(file.getOriginalFilename()),
                file.getBytes(), from);
        report(check, model, locale);
        if (!"import".equals(mode) || !check.isValid() || !catalogue.mayEdit(me)) {
            return "catalogue/import";
        }
        UUID id = imports.start(check, me);
        return "redirect:/quan-tri/thu-tuc/nhap/" + id;
    }

    @ExceptionHandler(MultipartException.class)
    String tooLarge(MultipartException e, @AuthenticationPrincipal OfficeMember me, Model model, Locale locale,
            HttpServletResponse response) {
        response.setStatus(e instanceof MaxUploadSizeExceededException ? 413 : 400);
        model.addAttribute("mayImport", me != null && catalogue.mayEdit(me));
        model.addAttribute("effectiveFrom", catalogue.today());
        model.addAttribute("fileError", messages.getMessage(e instanceof MaxUploadSizeExceededException
                ? "catalogueImport.file.wayTooLarge" : "catalogueImport.file.unreadable", null, locale));
        return "catalogue/import";
    }

    @GetMapping("/quan-tri/thu-tuc/nhap/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return "catalogue/import-job";
    }

    @GetMapping("/quan-tri/thu-tuc/nhap/{id}/tien-do")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", find(id));
        return "catalogue/import-job :: progress";
    }

    @GetMapping("/quan-tri/thu-tuc/xuat.csv")
    void exportCsv(HttpServletResponse response) throws IOException {
        attachment(response, "text/csv;charset=UTF-8", "csv");
        export.csv(response.getOutputStream());
    }

    @GetMapping("/quan-tri/thu-tuc/xuat.xlsx")
    void exportXlsx(HttpServletResponse response) throws IOException {
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        export.xlsx(response.getOutputStream());
    }

    private void attachment(HttpServletResponse response, String type, String extension) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"danh-muc-thu-tuc-" + catalogue.today() + "." + extension + "\"");
    }

    private ImportJob find(String id) {
        try {
            return imports.job(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("No import " + id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No import " + id);
        }
    }

    private void report(ImportCheck check, Model model, Locale locale) {
        model.addAttribute("check", check);
        if (check.refusal() != null) {
            var r = check.refusal();
            model.addAttribute("fileError", messages.getMessage("catalogueImport." + r.code(),
                    new Object[] {r.detail()}, r.message(), locale));
            return;
        }
        List<ProblemLine> lines = check.problems().stream().map(p -> line(p, locale)).toList();
        model.addAttribute("problems", lines);
    }

    private ProblemLine line(CatalogueTable.Problem p, Locale locale) {
        String text = messages.getMessage("catalogueImport.problem." + p.code(), new Object[] {p.value()}, p.message(), locale);
        return new ProblemLine(p.line(), p.column(), text);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : TypedDate.parse(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }
}
