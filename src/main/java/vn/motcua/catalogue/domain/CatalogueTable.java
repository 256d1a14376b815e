package vn.motcua.catalogue.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The catalogue as a table, one procedure per row: the layout of the seed file, of imports and of
 * exports. Parsing checks every row and reports every problem with its line and column; a table with
 * any problem yields no procedures at all.
 */
public final class CatalogueTable {

    public static final List<String> COLUMNS = List.of("code", "name", "field", "level", "legal_amount", "legal_unit",
            "cutoff", "boundary_free", "channels", "legal_basis", "fee_vnd", "fee_note", "verification");
    /** No legal processing time in the catalogue is longer than this many days. */
    static final long MAX_DAYS = 365;

    public record Problem(int line, String column, String message) {
    }

    public record Result(List<ProcedureVersion> versions, List<Problem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private CatalogueTable() {
    }

    public static Result parse(List<CsvRecords.Row> rows, LocalDate effectiveFrom) {
        var problems = new ArrayList<Problem>();
        if (rows.isEmpty() || !header(rows.getFirst()).equals(COLUMNS)) {
            problems.add(new Problem(1, "", "The first line must name the columns " + String.join(",", COLUMNS)
                    + (rows.isEmpty() ? "" : "; found " + String.join(",", rows.getFirst().fields()))));
            return new Result(List.of(), problems);
        }
        var versions = new ArrayList<ProcedureVersion>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != COLUMNS.size()) {
                problems.add(new Problem(row.line(), "", "Expected " + COLUMNS.size() + " columns, found " + row.fields().size()));
                continue;
            }
            var cells = new Cells(row, problems);
            ProcedureVersion version = cells.version(effectiveFrom);
            if (version != null) {
                Integer earlier = seen.putIfAbsent(version.code().value(), row.line());
                if (earlier != null) {
                    problems.add(new Problem(row.line(), "code", "The code " + version.code() + " is already on line " + earlier));
                } else {
                    versions.add(version);
                }
            }
        }
        return new Result(problems.isEmpty() ? List.copyOf(versions) : List.of(), List.copyOf(problems));
    }

    private static List<String> header(CsvRecords.Row row) {
        return row.fields().stream().map(f -> f.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)).toList();
    }

    /** One row's cells, each checked; a problem is recorded against its column. */
    private static final class Cells {
        private final CsvRecords.Row row;
        private final List<Problem> problems;
        private final int before;

        Cells(CsvRecords.Row row, List<Problem> problems) {
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        String get(String column) {
            return row.fields().get(COLUMNS.indexOf(column)).strip();
        }

        void problem(String column, String message) {
            problems.add(new Problem(row.line(), column, message));
        }

        ProcedureVersion version(LocalDate effectiveFrom) {
            ProcedureCode code = code();
            AdministrativeLevel level = level();
            ProcessingTime legal = legalTime();
            boolean boundaryFree = bool("boundary_free");
            Set<Channel> channels = channels();
            Fee fee = fee();
            if (problems.size() > before) {
                return null;
            }
            try {
                return new ProcedureVersion(code, effectiveFrom, get("name"), get("field"), level, legal, null,
                        boundaryFree, List.of(), List.of(), fee == null ? List.of() : List.of(fee), List.of(), channels,
                        get("legal_basis"), List.of(), get("verification"));
            } catch (InvalidValueException e) {
                problem(e.code().startsWith("procedure.name") ? "name" : e.code().startsWith("procedure.field") ? "field" : "",
                        e.getMessage());
                return null;
            }
        }

        private ProcedureCode code() {
            try {
                return ProcedureCode.of(get("code"));
            } catch (InvalidValueException e) {
                problem("code", e.getMessage());
                return null;
            }
        }

        private AdministrativeLevel level() {
            try {
                return AdministrativeLevel.valueOf(get("level").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("level", "The level is one of " + Arrays.toString(AdministrativeLevel.values()) + ": " + get("level"));
                return null;
            }
        }

        private ProcessingTime legalTime() {
            ProcessingUnit unit;
            try {
                unit = ProcessingUnit.valueOf(get("legal_unit").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("legal_unit", "The unit is one of " + Arrays.toString(ProcessingUnit.values()) + ": " + get("legal_unit"));
                return null;
            }
            LocalTime cutoff = null;
            if (!get("cutoff").isEmpty()) {
                try {
                    cutoff = LocalTime.parse(get("cutoff"));
                } catch (DateTimeParseException e) {
                    problem("cutoff", "A cut-off is a time such as 15:00: " + get("cutoff"));
                    return null;
                }
                if (unit != ProcessingUnit.SAME_DAY) {
                    problem("cutoff", "A cut-off applies to SAME_DAY procedures only");
                    return null;
                }
            }
            if (unit == ProcessingUnit.SAME_DAY) {
                return ProcessingTime.sameDay(cutoff);
            }
            try {
                BigDecimal amount = new BigDecimal(get("legal_amount"));
                if (amount.signum() <= 0 || unit != ProcessingUnit.WORKING_HOURS && amount.compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0) {
                    problem("legal_amount", "A legal time is positive and at most " + MAX_DAYS + " days: " + amount);
                    return null;
                }
                return unit == ProcessingUnit.WORKING_HOURS ? ProcessingTime.workingHours(amount)
                        : new ProcessingTime(amount.longValueExact(), unit, null);
            } catch (NumberFormatException | ArithmeticException e) {
                problem("legal_amount", "The legal time must be a number (whole days): " + get("legal_amount"));
                return null;
            } catch (InvalidValueException e) {
                problem("legal_amount", e.getMessage());
                return null;
            }
        }

        private boolean bool(String column) {
            String value = get(column).toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false") && !value.isEmpty()) {
                problem(column, "Write true or false: " + get(column));
            }
            return value.equals("true");
        }

        private Set<Channel> channels() {
            var channels = EnumSet.noneOf(Channel.class);
            for (String part : get("channels").split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    channels.add(Channel.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problem("channels", "Channels are COUNTER, POST and ONLINE separated by ';': " + part);
                }
            }
            return channels;
        }

        private Fee fee() {
            String amount = get("fee_vnd");
            String note = get("fee_note");
            if (amount.isEmpty() && note.isEmpty()) {
                return null;
            }
            try {
                Long value = amount.isEmpty() ? null : Long.parseLong(amount.replace(".", ""));
                if (value != null && value < 0) {
                    problem("fee_vnd", "A fee cannot be negative");
                    return null;
                }
                return new Fee("Lệ phí / phí", value, note);
            } catch (NumberFormatException e) {
                problem("fee_vnd", "A fee is a whole number of đồng: " + amount);
                return null;
            }
        }
    }
}
