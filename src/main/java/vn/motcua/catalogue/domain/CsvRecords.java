package vn.motcua.catalogue.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.ControlCharacters;

/**
 * Reads comma-separated records (RFC 4180): fields may be quoted, a quoted field may hold commas,
 * line breaks and doubled quotes. Each record keeps the line it started on, for error reports.
 */
public final class CsvRecords {

    /** A row of a catalogue file: its cells, as text from outside, without control characters. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = fields.stream().map(ControlCharacters::removedFrom).toList();
        }
    }

    private CsvRecords() {
    }

    public static List<Row> read(Reader source) {
        try (BufferedReader in = new BufferedReader(source)) {
            var rows = new ArrayList<Row>();
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int line = 1;
            int start = 1;
            int c;
            while ((c = in.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int next = in.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (ch == '"' && field.isEmpty()) {
                    quoted = true;
                    any = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    if (any || !field.isEmpty()) {
                        fields.add(field.toString());
                        rows.add(new Row(start, List.copyOf(fields)));
                    }
                    fields.clear();
                    field.setLength(0);
                    any = false;
                    line++;
                    start = line;
                } else {
                    field.append(ch);
                    any = true;
                }
            }
            if (quoted) {
                throw new InvalidValueException("csv.quote", "A quoted field opened on line " + start + " is never closed");
            }
            if (any || !field.isEmpty()) {
                fields.add(field.toString());
                rows.add(new Row(start, List.copyOf(fields)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
