package vn.motcua.catalogue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.validation.Errors;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.Fee;
import vn.motcua.catalogue.domain.FeeReduction;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.catalogue.domain.StatedTime;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * The procedure edit form. Steps, documents and results are edited as lines of text, one item per line,
 * parts separated by "|"; each bad line is reported next to its box with its number.
 */
public class ProcedureForm {

    static final String FEE_NAME = "Lệ phí / phí";

    private LocalDate effectiveFrom;
    private String name;
    private String field;
    private AdministrativeLevel level;
    private String legalAmount;
    private ProcessingUnit legalUnit;
    private String cutoff;
    private String targetAmount;
    private ProcessingUnit targetUnit;
    private boolean boundaryFree;
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);
    private String legalBasis;
    private String feeVnd;
    private String feeNote;
    private String feeReductions;
    private String steps = "";
    private String documents = "";
    private String results = "";
    private String supplementWindowDays = "";

    static ProcedureForm of(ProcedureVersion v, LocalDate from) {
        var f = new ProcedureForm();
        f.effectiveFrom = from;
        f.name = v.name();
        f.field = v.field();
        f.level = v.level();
        f.legalUnit = v.legalTime().unit();
        f.legalAmount = plain(v.legalTime().statedAmount());
        f.cutoff = v.legalTime().cutoff() == null ? "" : v.legalTime().cutoff().toString();
        f.targetUnit = v.serviceTarget() == null ? null : v.serviceTarget().unit();
        f.targetAmount = v.serviceTarget() == null ? "" : plain(v.serviceTarget().statedAmount());
        f.boundaryFree = v.boundaryFree();
        f.channels = v.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(v.channels());
        f.legalBasis = v.legalBasis();
        Fee fee = v.fees().isEmpty() ? null : v.fees().getFirst();
        f.feeVnd = fee == null || fee.amountVnd() == null ? "" : fee.amountVnd().toString();
        f.feeNote = fee == null ? "" : fee.description();
        f.feeReductions = fee == null ? "" : String.join("\n", fee.reductions().stream()
                .map(r -> r.group() + " | " + r.percent()).toList());
        f.steps = String.join("\n", v.steps().stream()
                .map(s -> s.title() + " | " + s.performer() + " | " + s.hours().stripTrailingZeros().toPlainString()).toList());
        f.documents = String.join("\n", v.documents().stream()
                .map(d -> d.name() + " | " + d.form() + " | " + d.copies() + (d.condition() == null ? "" : " | " + d.condition()))
                .toList());
        f.results = String.join("\n", v.results());
        f.supplementWindowDays = v.supplementWindowDays() == null ? "" : v.supplementWindowDays().toString();
        return f;
    }

    /** The version the form describes, or {@code null} with every problem recorded in {@code errors}. */
    ProcedureVersion toVersion(ProcedureCode code, ProcedureVersion before, Errors errors) {
        ProcessingTime legal = time(legalAmount, legalUnit, cutoff, "legalAmount", errors);
        ProcessingTime target = targetUnit == null ? null : time(targetAmount, targetUnit, "", "targetAmount", errors);
        List<ProcessingStep> stepList = lines(steps, "steps", errors, this::step);
        List<RequiredDocument> documentList = lines(documents, "documents", errors, this::document);
        List<String> resultList = lines(results, "results", errors, line -> line);
        Fee fee = fee(errors);
        Integer window = supplementWindow(errors);
        if (effectiveFrom == null) {
            errors.rejectValue("effectiveFrom", "procedureForm.required");
        }
        if (channels == null || channels.isEmpty() || channels.stream().anyMatch(java.util.Objects::isNull)) {
            errors.rejectValue("channels", "procedureForm.channels");
        }
        if (level == null) {
            errors.rejectValue("level", "procedureForm.required");
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return new ProcedureVersion(code, effectiveFrom, name, field, level, legal, target, boundaryFree, stepList,
                    documentList, fee == null ? List.of() : List.of(fee), resultList, channels, legalBasis,
                    before == null ? List.of() : before.form(), null, window);
        } catch (InvalidValueException e) {
            String property = e.code().startsWith("procedure.name") ? "name" : e.code().startsWith("procedure.field") ? "field"
                    : e.code().equals("procedure.target") ? "targetAmount" : "name";
            errors.rejectValue(property, "catalogueImport.problem." + e.code(), e.getMessage());
            return null;
        }
    }

    private static ProcessingTime time(String amount, ProcessingUnit unit, String cutoff, String property, Errors errors) {
        if (unit == null) {
            errors.rejectValue(property, "procedureForm.required");
            return null;
        }
        try {
            return StatedTime.parse(amount, unit, cutoff);
        } catch (StatedTime.Refused e) {
            String field = e.isCutoff() ? "cutoff" : property;
            errors.rejectValue(field, "catalogueImport.problem." + e.code(),
                    new Object[] {e.isCutoff() ? cutoff : amount}, e.getMessage());
            return null;
        }
    }

    /** Empty: the office's rule applies; otherwise 1 to 30 working days. */
    private Integer supplementWindow(Errors errors) {
        if (supplementWindowDays == null || supplementWindowDays.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(supplementWindowDays.strip());
            if (days >= 1 && days <= ProcedureVersion.MAX_SUPPLEMENT_WINDOW_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue("supplementWindowDays", "procedureForm.supplementWindow", new Object[] {supplementWindowDays}, "window");
        return null;
    }

    private Fee fee(Errors errors) {
        boolean noAmount = feeVnd == null || feeVnd.isBlank();
        if (noAmount && (feeNote == null || feeNote.isBlank()) && (feeReductions == null || feeReductions.isBlank())) {
            return null;
        }
        List<FeeReduction> reductions = lines(feeReductions, "feeReductions", errors, this::reduction);
        Long amount;
        try {
            amount = noAmount ? null : Long.parseLong(feeVnd.strip().replace(".", ""));
            new Fee(FEE_NAME, amount, feeNote);
        } catch (NumberFormatException | InvalidValueException e) {
            errors.rejectValue("feeVnd", "catalogueImport.problem.fee.number", new Object[] {feeVnd}, "fee");
            return null;
        }
        try {
            return new Fee(FEE_NAME, amount, feeNote, reductions);
        } catch (InvalidValueException e) {
            errors.rejectValue("feeReductions", "catalogueImport.problem." + e.code(), new Object[] {""}, e.getMessage());
            return null;
        }
    }

    private FeeReduction reduction(String line) {
        String[] parts = parts(line, 2, 2);
        try {
            return new FeeReduction(parts[0], Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("fee.reduction.percent", "A reduction is 1 to 100 per cent");
        }
    }

    private ProcessingStep step(String line) {
        String[] parts = parts(line, 3, 3);
        try {
            return new ProcessingStep(parts[0], parts[1], new BigDecimal(parts[2].replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("step.hours", "hours");
        }
    }

    private RequiredDocument document(String line) {
        String[] parts = parts(line, 3, 4);
        try {
            return new RequiredDocument(parts[0], RequiredDocument.Form.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT)),
                    Integer.parseInt(parts[2]), parts.length > 3 ? parts[3] : null);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("document.form", "form or copies");
        }
    }

    private static String[] parts(String line, int min, int max) {
        String[] parts = line.split("\\|", -1);
        if (parts.length < min || parts.length > max) {
            throw new InvalidValueException("line.parts", "parts");
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        return parts;
    }

    private static <T> List<T> lines(String text, String property, Errors errors, Function<String, T> parse) {
        var items = new ArrayList<T>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                items.add(parse.apply(lines[i].strip()));
            } catch (InvalidValueException e) {
                errors.rejectValue(property, "procedureForm.line." + property, new Object[] {i + 1}, "line " + (i + 1));
                return List.of();
            }
        }
        return items;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    // Accessors for data binding.
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate v) { effectiveFrom = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getField() { return field; }
    public void setField(String v) { field = v; }
    public AdministrativeLevel getLevel() { return level; }
    public void setLevel(AdministrativeLevel v) { level = v; }
    public String getLegalAmount() { return legalAmount; }
    public void setLegalAmount(String v) { legalAmount = v; }
    public ProcessingUnit getLegalUnit() { return legalUnit; }
    public void setLegalUnit(ProcessingUnit v) { legalUnit = v; }
    public String getCutoff() { return cutoff; }
    public void setCutoff(String v) { cutoff = v; }
    public String getTargetAmount() { return targetAmount; }
    public void setTargetAmount(String v) { targetAmount = v; }
    public ProcessingUnit getTargetUnit() { return targetUnit; }
    public void setTargetUnit(ProcessingUnit v) { targetUnit = v; }
    public boolean isBoundaryFree() { return boundaryFree; }
    public void setBoundaryFree(boolean v) { boundaryFree = v; }
    public Set<Channel> getChannels() { return channels; }
    public void setChannels(Set<Channel> v) { channels = v == null ? EnumSet.noneOf(Channel.class) : v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { legalBasis = v; }
    public String getFeeVnd() { return feeVnd; }
    public void setFeeVnd(String v) { feeVnd = v; }
    public String getFeeNote() { return feeNote; }
    public void setFeeNote(String v) { feeNote = v; }
    public String getFeeReductions() { return feeReductions; }
    public void setFeeReductions(String v) { feeReductions = v; }
    public String getSteps() { return steps; }
    public void setSteps(String v) { steps = v; }
    public String getDocuments() { return documents; }
    public void setDocuments(String v) { documents = v; }
    public String getResults() { return results; }
    public void setResults(String v) { results = v; }
    public String getSupplementWindowDays() { return supplementWindowDays; }
    public void setSupplementWindowDays(String v) { supplementWindowDays = v; }
}
