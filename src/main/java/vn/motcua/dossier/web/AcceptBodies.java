package vn.motcua.dossier.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.dossier.AcceptRequest;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.dossier.domain.ReceivedDocument;
import vn.motcua.dossier.domain.Representative;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.BadParameterException;

/** Turns an accept body into checked values, naming the JSON path of the first bad one. */
final class AcceptBodies {

    private AcceptBodies() {
    }

    static AcceptRequest toRequest(DossierJson.AcceptBody body) {
        if (body == null) {
            throw new BadParameterException("body", "A JSON body is required");
        }
        AgencyCode office = at("officeCode", () -> AgencyCode.of(body.officeCode()));
        ProcedureCode procedure = at("procedureCode", () -> ProcedureCode.of(body.procedureCode()));
        Channel channel = at("channel", () -> Channel.valueOf(required(body.channel()).toUpperCase(Locale.ROOT)));
        var a = body.applicant();
        if (a == null) {
            throw new BadParameterException("applicant", "The applicant is required");
        }
        Applicant.Kind kind = at("applicant.kind", () -> a.kind() == null ? Applicant.Kind.INDIVIDUAL
                : Applicant.Kind.valueOf(a.kind().toUpperCase(Locale.ROOT)));
        PersonalIdNumber id = a.idNumber() == null || a.idNumber().isBlank() ? null
                : at("applicant.idNumber", () -> PersonalIdNumber.of(a.idNumber()));
        Applicant applicant = at("applicant", () -> new Applicant(kind, a.name(), id, a.organisationNumber(), a.address(),
                a.phone(), a.email()));
        var r = body.representative();
        Representative representative = r == null ? null : at("representative", () -> new Representative(r.name(),
                r.idNumber() == null ? null : PersonalIdNumber.of(r.idNumber()), r.authorisation()));
        TransitionLimits.documents(body.documents());
        List<ReceivedDocument> documents = body.documents() == null ? List.of() : at("documents", () -> body.documents().stream()
                .map(d -> new ReceivedDocument(d.name(), d.copies() == null ? 1 : d.copies(), null, null)).toList());
        if (body.declaration() != null && body.declaration().size() > 200) {
            throw new BadParameterException("declaration", "A declaration has at most 200 fields");
        }
        return new AcceptRequest(office, procedure, channel, applicant, representative, documents, body.declaration(),
                Boolean.TRUE.equals(body.assistedFilling()), List.of());
    }

    private static String required(String value) {
        if (value == null) {
            throw new IllegalArgumentException("required");
        }
        return value;
    }

    private static <T> T at(String path, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            String field = e.code().startsWith("idNumber") && !path.endsWith("idNumber") ? path + ".idNumber"
                    : e.code().startsWith("applicant.") ? e.code().replaceAll("\\.(required|tooLong|format)$", "") : path;
            throw new BadParameterException(field, e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadParameterException(path, "Invalid or missing value for " + path);
        }
    }
}
