package vn.motcua.catalogue;

import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.catalogue.domain.ProcedureCode;

/** A line of a catalogue search: the version in force today. */
public record ProcedureSummary(ProcedureCode code, String name, String field, ProcessingTime legalTime) {
}
