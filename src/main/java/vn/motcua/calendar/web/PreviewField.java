package vn.motcua.calendar.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The fields of a submitted calendar form, carried as hidden fields by the preview's confirmation so that what is
 * confirmed is exactly what was previewed. The token and the answers the preview asks for are left out.
 */
record PreviewField(String name, String value) {

    private static final Set<String> LEFT_OUT = Set.of("_csrf", "confirmed", "use");
    /** A calendar form has a dozen fields; anything beyond is not carried. */
    private static final int MAX_FIELDS = 40;

    static List<PreviewField> carried(HttpServletRequest request) {
        var fields = new ArrayList<PreviewField>();
        request.getParameterMap().forEach((name, values) -> {
            if (!LEFT_OUT.contains(name)) {
                for (String value : values) {
                    if (fields.size() < MAX_FIELDS) {
                        fields.add(new PreviewField(name, value));
                    }
                }
            }
        });
        return fields;
    }
}
