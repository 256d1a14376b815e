package vn.motcua.catalogue.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.motcua.catalogue.domain.CatalogueTable;
import vn.motcua.catalogue.domain.CsvRecords;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * An uploaded catalogue file: what its content really is (not what its name says), and its rows.
 * CSV must be UTF-8 text; XLSX is read from its first sheet. Anything else is refused with a reason.
 */
public final class CatalogueFile {

    /** The largest file accepted: a catalogue of 20,000 procedures with details fits in a few megabytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /** An XLSX is a zip; more than this unpacked is a zip bomb, not a catalogue. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    public enum Format { CSV, XLSX }

    /** Why a file cannot be read at all: a stable code and the detail that goes with it. */
    public static final class Refused extends RuntimeException {
        private final String code;
        private final String detail;

        Refused(String code, String detail, String message) {
            super(message);
            this.code = code;
            this.detail = detail;
        }

        public String code() {
            return code;
        }

        public String detail() {
            return detail;
        }
    }

    private CatalogueFile() {
    }

    /** Reads the rows of the file, or explains why it cannot. */
    public static List<CsvRecords.Row> rows(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new Refused("file.empty", "", "The file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused("file.tooLarge", megabytes(bytes.length), "The file is larger than 10 MB");
        }
        Format named = named(fileName);
        String content = sniff(bytes);
        Format actual = content == null ? Format.CSV : "xlsx".equals(content) ? Format.XLSX : null;
        if (actual == null) {
            throw new Refused("file.notTable", content, "The file is " + content + ", not a CSV or XLSX table");
        }
        if (actual != named) {
            throw new Refused("file.misnamed", named.name() + "/" + actual.name(),
                    "The file is named ." + named.name().toLowerCase(Locale.ROOT) + " but holds " + actual);
        }
        return actual == Format.CSV ? csv(bytes) : xlsx(bytes);
    }

    private static Format named(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw new Refused("file.extension", fileName == null ? "" : fileName, "Only .csv and .xlsx files are read");
    }

    /** What the first bytes say the content is: {@code null} for text, "xlsx", or the kind of binary. */
    static String sniff(byte[] bytes) {
        if (ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(bytes, Math.min(bytes.length, 8)))) {
            return "xlsx";
        }
        if (ReadableWorkbook.isOLE2Header(Arrays.copyOf(bytes, Math.min(bytes.length, 8)))) {
            return "xls";
        }
        String[][] magic = {{"%PDF", "pdf"}, {"\u0089PNG", "png"}, {"\u00FF\u00D8\u00FF", "jpeg"}, {"GIF8", "gif"},
                {"PK", "zip"}, {"{\\rtf", "rtf"}, {"\u001F\u008B", "gzip"}};
        for (String[] m : magic) {
            if (startsWith(bytes, m[0])) {
                return m[1];
            }
        }
        int probe = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return "binary";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<CsvRecords.Row> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("file.encoding", "", "The CSV file is not UTF-8 text");
        }
        try {
            return CsvRecords.read(new StringReader(text));
        } catch (InvalidValueException e) {
            throw new Refused("file.csv", e.getMessage(), e.getMessage());
        }
    }

    private static List<CsvRecords.Row> xlsx(byte[] bytes) {
        checkUnpackedSize(bytes);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                var sheet = workbook.getFirstSheet().openStream()) {
            var rows = new ArrayList<CsvRecords.Row>();
            List<String> header = null;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i), header == null || i >= header.size() ? "" : header.get(i)));
                }
                while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                    cells.removeLast();
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                rows.add(new CsvRecords.Row(row.getRowNum(), List.copyOf(cells)));
                if (rows.size() > CatalogueTable.MAX_ROWS + 1) {
                    break;
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new Refused("file.xlsx", "", "The XLSX file cannot be read: " + e.getMessage());
        }
    }

    /** A cell as the text a CSV would hold; spreadsheet dates and times become ISO dates and HH:mm. */
    private static String text(Cell cell, String column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            if (column.equals("cutoff") && number.signum() >= 0 && number.compareTo(BigDecimal.ONE) < 0) {
                long minutes = number.multiply(BigDecimal.valueOf(24 * 60)).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
                return LocalTime.MIDNIGHT.plusMinutes(minutes).toString();
            }
            if (column.equals("effective_from")) {
                return LocalDate.of(1899, 12, 30).plusDays(number.longValue()).toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    private static void checkUnpackedSize(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new Refused("file.unpacked", "", "The XLSX file unpacks to more than 200 MB");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new Refused("file.xlsx", "", "The XLSX file is damaged: " + e.getMessage());
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

}
