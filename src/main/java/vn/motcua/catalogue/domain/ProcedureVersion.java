package vn.motcua.catalogue.domain;

import vn.motcua.platform.domain.SearchText;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.platform.domain.InvalidValueException;

/**
 * A procedure as it applies from {@code effectiveFrom} until the next version. A dossier keeps the
 * version it was received under.
 *
 * @param legalTime the processing time the law allows, counted by the office's calendar
 * @param serviceTarget the office's own, shorter target, or {@code null}
 * @param boundaryFree whether any desk in the province accepts it regardless of the applicant's address
 * @param verification what could not be confirmed against the national catalogue, or {@code null}
 * @param supplementWindowDays the working days after reception within which a supplement may be requested,
 *        when the procedure says otherwise than the office's rule (3 by default), or {@code null}
 */
public record ProcedureVersion(ProcedureCode code, LocalDate effectiveFrom, String name, String field,
        AdministrativeLevel level, ProcessingTime legalTime, ProcessingTime serviceTarget, boolean boundaryFree,
        List<ProcessingStep> steps, List<RequiredDocument> documents, List<Fee> fees, List<String> results,
        Set<Channel> channels, String legalBasis, List<FormField> form, String verification, Integer supplementWindowDays) {

    public static final int MAX_NAME_LENGTH = 500;
    public static final int MAX_FIELD_LENGTH = 200;
    public static final int MAX_SUPPLEMENT_WINDOW_DAYS = 30;

    public ProcedureVersion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(legalTime, "legalTime");
        name = required(name, "procedure.name", "A procedure needs a name");
        field = required(field, "procedure.field", "A procedure belongs to a field");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("procedure.name.tooLong", "A procedure name has at most 500 characters");
        }
        if (field.length() > MAX_FIELD_LENGTH) {
            throw new InvalidValueException("procedure.field.tooLong", "A field name has at most 200 characters");
        }
        if (serviceTarget != null && !withinLegalTime(serviceTarget, legalTime)) {
            throw new InvalidValueException("procedure.target",
                    "The service target must not be longer than the legal time, in the same unit");
        }
        steps = List.copyOf(steps);
        documents = List.copyOf(documents);
        fees = List.copyOf(fees);
        results = List.copyOf(results);
        if (channels.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValueException("procedure.channels", "Every channel is one of the known channels");
        }
        channels = channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        form = List.copyOf(form);
        if (form.stream().map(FormField::key).distinct().count() != form.size()) {
            throw new InvalidValueException("procedure.formKeys", "Each form field needs its own key");
        }
        legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
        verification = verification == null || verification.isBlank() ? null : verification.strip();
        if (supplementWindowDays != null && (supplementWindowDays < 1 || supplementWindowDays > MAX_SUPPLEMENT_WINDOW_DAYS)) {
            throw new InvalidValueException("procedure.supplementWindow", "The supplement window is 1 to 30 working days");
        }
    }

    private static boolean withinLegalTime(ProcessingTime target, ProcessingTime legal) {
        if (legal.unit() == ProcessingUnit.SAME_DAY) {
            return target.unit() == ProcessingUnit.SAME_DAY;
        }
        return target.unit() == ProcessingUnit.SAME_DAY
                || target.unit() == legal.unit() && target.amount() <= legal.amount();
    }

    private static String required(String value, String code, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(code, message);
        }
        return value.strip();
    }

    /** The name as searched: without diacritics, lower case, with the code. */
    public String searchText() {
        return SearchText.of(code.value() + " " + name + " " + field);
    }
}
