package vn.motcua.catalogue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The catalogue as a table, one procedure per row: the layout of the seed file, of imports and of
 * exports. The first line names the columns (any order); the {@link #COLUMNS required ones} must all
 * be there, the {@link #OPTIONAL_COLUMNS optional ones} may be. Parsing checks every row and reports
 * every problem with its line and column; a table with any problem yields no procedures at all.
 */
public final class CatalogueTable {

    public static final List<String> COLUMNS = List.of("code", "name", "field", "level", "legal_amount", "legal_unit",
            "cutoff", "boundary_free", "channels", "legal_basis", "fee_vnd", "fee_note", "verification");
    public static final List<String> OPTIONAL_COLUMNS = List.of("effective_from", "target_amount", "target_unit",
            "details", "fee_reductions");
    /** What an export writes: every column, required ones first. */
    public static final List<String> ALL_COLUMNS = Stream.concat(COLUMNS.stream(), OPTIONAL_COLUMNS.stream()).toList();
    /** More rows than this is not a catalogue but a mistake (or an attack); the whole file is refused. */
    public static final int MAX_ROWS = 20_000;
    /** The main fee's name when a table gives only its amount and note. */
    static final String FEE_NAME = "Lệ phí / phí";

    /** A problem found in the table: where, what kind (a stable code), the value at fault, and in words. */
    public record Problem(int line, String column, String code, String value, String message) {
    }

    /** One procedure read from a row; {@code detailsGiven} is false when the row leaves the details cell empty. */
    public record Entry(ProcedureVersion version, boolean detailsGiven) {
    }

    public record Result(List<Entry> entries, List<Problem> problems, int rows) {
        public boolean isValid() {
            return problems.isEmpty();
        }

        public List<ProcedureVersion> versions() {
            return entries.stream().map(Entry::version).toList();
        }
    }

    /** For tables that must not carry details (the seed file): any details cell is a problem. */
    public static final ProcedureDetails.Format NO_DETAILS = new ProcedureDetails.Format() {
        @Override
        public ProcedureDetails read(String cell) {
            throw new InvalidValueException("details.unsupported", "This table cannot carry details");
        }

        @Override
        public String write(ProcedureDetails details) {
            return "";
        }
    };

    private CatalogueTable() {
    }

    public static Result parse(List<CsvRecords.Row> rows, LocalDate effectiveFrom) {
        return parse(rows, effectiveFrom, NO_DETAILS);
    }

    /**
     * Reads every row.
     *
     * @param effectiveFrom the day versions apply from when the row has no {@code effective_from}
     */
    public static Result parse(List<CsvRecords.Row> rows, LocalDate effectiveFrom, ProcedureDetails.Format details) {
        var problems = new ArrayList<Problem>();
        if (rows.isEmpty()) {
            problems.add(problem(1, "", "file.empty", "", "The file holds no table"));
            return new Result(List.of(), problems, 0);
        }
        Map<String, Integer> header = header(rows.getFirst(), problems);
        int dataRows = rows.size() - 1;
        if (dataRows > MAX_ROWS) {
            problems.add(problem(rows.get(MAX_ROWS + 1).line(), "", "file.tooManyRows", String.valueOf(dataRows),
                    "A catalogue has at most " + MAX_ROWS + " rows; found " + dataRows));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), List.copyOf(problems), dataRows);
        }
        var entries = new ArrayList<Entry>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.size()) {
                problems.add(problem(row.line(), "", "row.columns", String.valueOf(row.fields().size()),
                        "Expected " + header.size() + " columns, found " + row.fields().size()));
                continue;
            }
            Entry entry = new CatalogueRow(row, header, problems).entry(effectiveFrom, details);
            if (entry == null) {
                continue;
            }
            String key = entry.version().code().value() + "@" + entry.version().effectiveFrom();
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(problem(row.line(), "code", "code.duplicate", String.valueOf(earlier),
                        "The code " + entry.version().code() + " is already on line " + earlier));
            } else {
                entries.add(entry);
            }
        }
        return new Result(problems.isEmpty() ? List.copyOf(entries) : List.of(), List.copyOf(problems), dataRows);
    }

    private static Map<String, Integer> header(CsvRecords.Row first, List<Problem> problems) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < first.fields().size(); i++) {
            String name = first.fields().get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            if (!ALL_COLUMNS.contains(name)) {
                problems.add(problem(1, name, "header.unknown", name, "Unknown column " + name));
            } else if (header.putIfAbsent(name, i) != null) {
                problems.add(problem(1, name, "header.duplicate", name, "The column " + name + " appears twice"));
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(problem(1, "", "header.missing", String.join(", ", missing),
                    "The first line must name the columns " + String.join(",", COLUMNS) + "; missing " + missing));
        }
        return header;
    }

    static Problem problem(int line, String column, String code, String value, String message) {
        return new Problem(line, column, code, Objects.requireNonNullElse(value, ""), message);
    }

    /** The cells of a row for an export, in the order of {@link #ALL_COLUMNS}. */
    public static List<String> row(ProcedureVersion v, ProcedureDetails.Format details) {
        Fee fee = v.fees().isEmpty() ? null : v.fees().getFirst();
        ProcessingTime legal = v.legalTime();
        ProcessingTime target = v.serviceTarget();
        return List.of(v.code().value(), v.name(), v.field(), v.level().name(), plain(legal.statedAmount()),
                legal.unit().name(), legal.cutoff() == null ? "" : legal.cutoff().toString(), String.valueOf(v.boundaryFree()),
                String.join(";", v.channels().stream().map(Enum::name).sorted().toList()),
                Objects.requireNonNullElse(v.legalBasis(), ""),
                fee == null || fee.amountVnd() == null ? "" : fee.amountVnd().toString(),
                fee == null ? "" : Objects.requireNonNullElse(fee.description(), ""),
                Objects.requireNonNullElse(v.verification(), ""), v.effectiveFrom().toString(),
                target == null ? "" : plain(target.statedAmount()), target == null ? "" : target.unit().name(),
                details.write(ProcedureDetails.of(v)), fee == null ? "" : fee.reductionsCell());
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
