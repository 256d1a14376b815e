package vn.motcua.catalogue.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.platform.domain.InvalidValueException;

/** One row of a {@link CatalogueTable}, each cell checked; a problem is recorded against its column. */
final class CatalogueRow {

    private final CsvRecords.Row row;
    private final Map<String, Integer> header;
    private final List<CatalogueTable.Problem> problems;
    private final int before;

    CatalogueRow(CsvRecords.Row row, Map<String, Integer> header, List<CatalogueTable.Problem> problems) {
        this.row = row;
        this.header = header;
        this.problems = problems;
        this.before = problems.size();
    }

    private String get(String column) {
        Integer index = header.get(column);
        return index == null ? "" : row.fields().get(index).strip();
    }

    private void problem(String column, String code, String value, String message) {
        problems.add(CatalogueTable.problem(row.line(), column, code, value, message));
    }

    CatalogueTable.Entry entry(LocalDate defaultFrom, ProcedureDetails.Format format) {
        ProcedureCode code = code();
        AdministrativeLevel level = level();
        ProcessingTime legal = time("legal_amount", "legal_unit", "cutoff", true);
        ProcessingTime target = get("target_unit").isEmpty() && get("target_amount").isEmpty() ? null
                : time("target_amount", "target_unit", null, false);
        boolean boundaryFree = bool("boundary_free");
        Set<Channel> channels = channels();
        Fee fee = fee();
        LocalDate from = effectiveFrom(defaultFrom);
        ProcedureDetails details = details(format);
        if (problems.size() > before) {
            return null;
        }
        try {
            var version = new ProcedureVersion(code, from, get("name"), get("field"), level, legal, target, boundaryFree,
                    details.steps(), details.documents(), fee == null ? List.of() : List.of(fee), details.results(),
                    channels, get("legal_basis"), details.form(), get("verification"), details.supplementWindowDays());
            return new CatalogueTable.Entry(version, !get("details").isEmpty());
        } catch (InvalidValueException e) {
            String column = e.code().startsWith("procedure.name") ? "name"
                    : e.code().startsWith("procedure.field") ? "field"
                    : e.code().equals("procedure.target") ? "target_amount" : "details";
            problem(column, e.code(), "", e.getMessage());
            return null;
        }
    }

    private ProcedureCode code() {
        try {
            return ProcedureCode.of(get("code"));
        } catch (InvalidValueException e) {
            problem("code", "code.format", get("code"), e.getMessage());
            return null;
        }
    }

    private AdministrativeLevel level() {
        try {
            return AdministrativeLevel.valueOf(get("level").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("level", "level.unknown", get("level"),
                    "The level is one of " + Arrays.toString(AdministrativeLevel.values()) + ": " + get("level"));
            return null;
        }
    }

    private ProcessingTime time(String amountColumn, String unitColumn, String cutoffColumn, boolean required) {
        ProcessingUnit unit;
        try {
            unit = ProcessingUnit.valueOf(get(unitColumn).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(unitColumn, "unit.unknown", get(unitColumn),
                    "The unit is one of " + Arrays.toString(ProcessingUnit.values()) + ": " + get(unitColumn));
            return null;
        }
        try {
            return StatedTime.parse(get(amountColumn), unit, cutoffColumn == null ? null : get(cutoffColumn));
        } catch (StatedTime.Refused e) {
            String column = e.isCutoff() ? cutoffColumn : amountColumn;
            problem(column, e.code(), get(column), e.getMessage());
            return null;
        }
    }

    private boolean bool(String column) {
        String value = get(column).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false") && !value.isEmpty()) {
            problem(column, "bool.format", get(column), "Write true or false: " + get(column));
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
                problem("channels", "channels.unknown", part.strip(),
                        "Channels are COUNTER, POST and ONLINE separated by ';': " + part);
            }
        }
        if (channels.isEmpty() && get("channels").isBlank()) {
            problem("channels", "channels.required", "", "A procedure is received through at least one channel");
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
                problem("fee_vnd", "fee.negative", amount, "A fee cannot be negative");
                return null;
            }
            return new Fee(CatalogueTable.FEE_NAME, value, note, reductions());
        } catch (InvalidValueException e) {
            problem(e.code().startsWith("fee.reduction") ? "fee_reductions" : "fee_vnd", e.code(), get("fee_reductions"),
                    e.getMessage());
            return null;
        } catch (NumberFormatException e) {
            problem("fee_vnd", "fee.number", amount, "A fee is a whole number of đồng: " + amount);
            return null;
        }
    }

    /** {@code group:percent} separated by semicolons; empty when the procedure lists none. */
    private List<FeeReduction> reductions() {
        String cell = get("fee_reductions");
        if (cell.isEmpty()) {
            return List.of();
        }
        var list = new java.util.ArrayList<FeeReduction>();
        for (String part : cell.split(";", FeeReduction.MAX_PER_FEE + 2)) {
            if (!part.isBlank()) {
                list.add(FeeReduction.parse(part));
            }
        }
        return list;
    }

    private LocalDate effectiveFrom(LocalDate defaultFrom) {
        String text = get("effective_from");
        if (text.isEmpty()) {
            return defaultFrom;
        }
        LocalDate from = CatalogueTable.date(text);
        if (from == null) {
            problem("effective_from", "date.format", text, "A date is written 2026-07-01: " + text);
        }
        return from;
    }

    private ProcedureDetails details(ProcedureDetails.Format format) {
        String text = get("details");
        if (text.isEmpty()) {
            return ProcedureDetails.NONE;
        }
        try {
            return format.read(text);
        } catch (InvalidValueException e) {
            problem("details", "details.format", "", e.getMessage());
            return ProcedureDetails.NONE;
        }
    }
}
