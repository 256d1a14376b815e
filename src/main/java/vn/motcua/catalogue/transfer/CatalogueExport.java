package vn.motcua.catalogue.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalogue.domain.CatalogueTable;
import vn.motcua.catalogue.domain.ProcedureDetails;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.persistence.ProcedureRepository;

/** Every version of every procedure as a table an import reads back unchanged: CSV (UTF-8) or XLSX. */
@Service
public class CatalogueExport {

    private final ProcedureRepository procedures;
    private final ProcedureDetails.Format details;

    CatalogueExport(ProcedureRepository procedures, JsonMapper json) {
        this.procedures = procedures;
        this.details = new JsonDetails(json);
    }

    /** CSV with a byte-order mark, so that spreadsheet programs read the Vietnamese text as UTF-8. */
    public void csv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, CatalogueTable.ALL_COLUMNS);
        for (ProcedureVersion v : procedures.allVersions()) {
            line(writer, CatalogueTable.row(v, details));
        }
        writer.flush();
    }

    public void xlsx(OutputStream out) throws IOException {
        var workbook = new Workbook(out, "MotCua", "1.0");
        Worksheet sheet = workbook.newWorksheet("Thu tuc");
        List<String> columns = CatalogueTable.ALL_COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.style(0, c).bold().fillColor("DDEBF7").set();
        }
        sheet.freezePane(0, 1);
        sheet.width(1, 60);
        sheet.width(2, 24);
        int r = 1;
        for (ProcedureVersion v : procedures.allVersions()) {
            List<String> cells = CatalogueTable.row(v, details);
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    sheet.value(r, c, cells.get(c));
                }
            }
            r++;
        }
        workbook.finish();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
