package vn.motcua.catalogue.domain;

import java.util.List;

/**
 * The nested parts of a procedure version that a one-row-per-procedure table carries in one cell:
 * required documents, internal steps, result documents and the declaration form.
 */
public record ProcedureDetails(List<RequiredDocument> documents, List<ProcessingStep> steps, List<String> results,
        List<FormField> form, Integer supplementWindowDays) {

    public static final ProcedureDetails NONE = new ProcedureDetails(List.of(), List.of(), List.of(), List.of(), null);

    public ProcedureDetails {
        documents = documents == null ? List.of() : List.copyOf(documents);
        steps = steps == null ? List.of() : List.copyOf(steps);
        results = results == null ? List.of() : List.copyOf(results);
        form = form == null ? List.of() : List.copyOf(form);
    }

    public static ProcedureDetails of(ProcedureVersion v) {
        return new ProcedureDetails(v.documents(), v.steps(), v.results(), v.form(), v.supplementWindowDays());
    }

    /** Reads and writes the details cell; the catalogue module supplies the JSON implementation. */
    public interface Format {
        /** @throws vn.motcua.platform.domain.InvalidValueException when the cell cannot be read */
        ProcedureDetails read(String cell);

        String write(ProcedureDetails details);
    }
}
