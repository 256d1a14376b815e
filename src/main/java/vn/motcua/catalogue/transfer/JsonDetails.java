package vn.motcua.catalogue.transfer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalogue.domain.ProcedureDetails;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.platform.domain.InvalidValueException;

/** The details cell of a catalogue table as JSON: {@code {"documents": [...], "steps": [...], ...}}. */
final class JsonDetails implements ProcedureDetails.Format {

    /** {@code mandatory} is derived from {@code condition}: written for readers, ignored when read back. */
    @JsonIgnoreProperties(value = "mandatory", allowGetters = true)
    private interface DerivedMandatory {
    }

    private final JsonMapper json;

    /** The application's mapper, strict about the cell: an unknown name in it is an error the importer reports. */
    JsonDetails(JsonMapper application) {
        json = application.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(RequiredDocument.class, DerivedMandatory.class).build();
    }

    @Override
    public ProcedureDetails read(String cell) {
        try {
            return json.readValue(cell, ProcedureDetails.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof InvalidValueException invalid ? invalid : e;
            String reason = cause instanceof InvalidValueException invalid ? invalid.getMessage() : e.getOriginalMessage();
            throw new InvalidValueException("details.format", "The details are not valid JSON details: " + reason);
        }
    }

    @Override
    public String write(ProcedureDetails details) {
        return details.equals(ProcedureDetails.NONE) ? "" : json.writeValueAsString(details);
    }
}
