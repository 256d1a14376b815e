package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.validation.Errors;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.dossier.domain.ReceivedDocument;
import vn.motcua.dossier.domain.Representative;
import vn.motcua.platform.domain.InvalidValueException;

/** Reads the reception form into checked values, rejecting each bad field next to it. */
final class ReceptionFormReader {

    private final ReceptionForm form;
    private final ProcedureVersion procedure;
    private final Errors errors;

    ReceptionFormReader(ReceptionForm form, ProcedureVersion procedure, Errors errors) {
        this.form = form;
        this.procedure = procedure;
        this.errors = errors;
    }

    Applicant applicant() {
        Applicant.Kind kind = "ORGANISATION".equals(form.getKind()) ? Applicant.Kind.ORGANISATION : Applicant.Kind.INDIVIDUAL;
        PersonalIdNumber id = idNumber(form.getIdNumber(), "idNumber", kind == Applicant.Kind.INDIVIDUAL);
        try {
            return new Applicant(kind, form.getName(), id, form.getOrganisationNumber(), form.getAddress(), form.getPhone(),
                    form.getEmail());
        } catch (InvalidValueException e) {
            if (!errors.hasFieldErrors("idNumber") || !e.code().startsWith("idNumber")) {
                errors.rejectValue(field(e.code()), "reception." + e.code());
            }
            return null;
        }
    }

    Representative representative() {
        if (blank(form.getRepName()) && blank(form.getRepIdNumber()) && blank(form.getRepAuthorisation())) {
            return null;
        }
        PersonalIdNumber id = idNumber(form.getRepIdNumber(), "repIdNumber", true);
        try {
            return new Representative(form.getRepName(), id, form.getRepAuthorisation());
        } catch (InvalidValueException e) {
            String property = e.code().startsWith("representative.name") ? "repName"
                    : e.code().startsWith("representative.authorisation") ? "repAuthorisation" : "repIdNumber";
            if (!errors.hasFieldErrors(property)) {
                errors.rejectValue(property, "reception." + e.code());
            }
            return null;
        }
    }

    Channel channel() {
        try {
            return Channel.valueOf(form.getChannel().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            errors.rejectValue("channel", "reception.channel");
            return Channel.COUNTER;
        }
    }

    /** The ticked documents with their copies. */
    List<ReceivedDocument> documents() {
        var received = new ArrayList<ReceivedDocument>();
        List<RequiredDocument> required = procedure.documents();
        for (Integer i : form.getTicked()) {
            if (i == null || i < 0 || i >= required.size()) {
                continue;
            }
            int copies = copies(i, required.get(i).copies());
            received.add(new ReceivedDocument(required.get(i).name(), copies, null, null));
        }
        return received;
    }

    /** Every item missing for acceptance: mandatory documents not ticked, then the officer's own notes. */
    List<String> missing() {
        var missing = new ArrayList<String>();
        List<RequiredDocument> required = procedure.documents();
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i).isMandatory() && !form.getTicked().contains(i)) {
                missing.add(required.get(i).name());
            }
        }
        missing.addAll(notes());
        return missing;
    }

    List<String> notes() {
        return form.getNotes() == null ? List.of()
                : form.getNotes().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The declaration, checked field by field; fields taken from the applicant's record are filled from it. */
    Map<String, String> declaration(Applicant applicant) {
        var values = new LinkedHashMap<String, String>();
        for (FormField field : procedure.form()) {
            String value = form.getDeclaration().getOrDefault(field.key(), "");
            if (value.isBlank() && applicant != null && field.applicantSource() != null) {
                value = fromApplicant(applicant, field.applicantSource());
                form.getDeclaration().put(field.key(), value);
            }
            var problem = field.problemWith(value);
            problem.ifPresent(p -> errors.rejectValue("declaration[" + field.key() + "]", "reception.declaration." + p));
            if (!value.isBlank() && problem.isEmpty()) {
                values.put(field.key(), field.normalised(value));
            }
        }
        return values;
    }

    private static String fromApplicant(Applicant a, String source) {
        String value = switch (source) {
            case "fullName", "name" -> a.name();
            case "idNumber" -> a.idNumber() == null ? null : a.idNumber().value();
            case "address" -> a.address();
            case "phone" -> a.phone();
            case "email" -> a.email();
            default -> null;
        };
        return value == null ? "" : value;
    }

    private int copies(int index, int defaultCopies) {
        String text = index < form.getCopies().size() ? form.getCopies().get(index) : null;
        if (blank(text)) {
            return defaultCopies;
        }
        try {
            int copies = Integer.parseInt(text.strip());
            if (copies >= 0 && copies <= 99) {
                return copies;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue("copies[" + index + "]", "reception.copies");
        return defaultCopies;
    }

    private PersonalIdNumber idNumber(String text, String property, boolean required) {
        if (blank(text)) {
            if (required) {
                errors.rejectValue(property, "reception.idNumber.required");
            }
            return null;
        }
        try {
            return PersonalIdNumber.of(text);
        } catch (InvalidValueException e) {
            errors.rejectValue(property, "reception." + e.code());
            return null;
        }
    }

    private static String field(String code) {
        if (code.startsWith("applicant.name")) {
            return "name";
        }
        if (code.startsWith("applicant.organisationNumber")) {
            return "organisationNumber";
        }
        for (String f : new String[] {"address", "phone", "email"}) {
            if (code.startsWith("applicant." + f)) {
                return f;
            }
        }
        return code.startsWith("idNumber") ? "idNumber" : "name";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
