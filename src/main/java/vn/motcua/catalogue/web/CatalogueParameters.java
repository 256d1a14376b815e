package vn.motcua.catalogue.web;

import vn.motcua.catalogue.CatalogueQuery;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.web.BadParameterException;

/** Parses catalogue search parameters, naming the parameter in every refusal. */
final class CatalogueParameters {

    static final int MAX_QUERY_LENGTH = 200;

    private CatalogueParameters() {
    }

    static CatalogueQuery query(String q, String office, String field, String page, String size) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw new BadParameterException("q", "'q' is at most " + MAX_QUERY_LENGTH + " characters");
        }
        AgencyCode officeCode = null;
        if (office != null && !office.isBlank()) {
            try {
                officeCode = AgencyCode.of(office);
            } catch (InvalidValueException e) {
                throw new BadParameterException("office", e.getMessage());
            }
        }
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / CatalogueQuery.MAX_SIZE, 0);
        int pageSize = number("size", size, 1, CatalogueQuery.MAX_SIZE, 20);
        return new CatalogueQuery(q, field, officeCode, pageNumber, pageSize);
    }

    static ProcedureCode code(String value) {
        try {
            return ProcedureCode.of(value);
        } catch (InvalidValueException e) {
            throw new BadParameterException("code", e.getMessage());
        }
    }

    private static int number(String name, String value, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new BadParameterException(name, "'" + name + "' must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "'" + name + "' must be a whole number");
        }
    }
}
