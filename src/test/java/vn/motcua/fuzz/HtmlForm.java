package vn.motcua.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/** An HTML form as a browser would submit it: action, method, encoding and its fields with their page values. */
record HtmlForm(String page, String action, String method, boolean multipart, List<Field> fields) {

    /** A field: name, type (input type, "select" or "textarea"), the value the page gave it, and the options offered. */
    record Field(String name, String type, String value, List<String> options) {
    }

    static HtmlForm of(String page, Element form) {
        String action = form.attr("action").isBlank() ? page : form.attr("action");
        if (action.startsWith("http")) {
            action = action.replaceFirst("^https?://[^/]+", "");
        }
        var fields = new ArrayList<Field>();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            String type = switch (e.tagName()) {
                case "select" -> "select";
                case "textarea" -> "textarea";
                default -> e.attr("type").isBlank() ? "text" : e.attr("type").toLowerCase(java.util.Locale.ROOT);
            };
            if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked") && fields.stream().anyMatch(f -> f.name().equals(e.attr("name")))) {
                continue;
            }
            List<String> options = e.tagName().equals("select") ? e.select("option").eachAttr("value") : List.of();
            String value = switch (type) {
                case "select" -> e.select("option[selected]").isEmpty() ? (options.isEmpty() ? "" : options.getFirst())
                        : e.select("option[selected]").first().attr("value");
                case "textarea" -> e.text();
                default -> e.attr("value");
            };
            fields.add(new Field(e.attr("name"), type, value, options));
        }
        String method = form.attr("method").isBlank() ? "GET" : form.attr("method").toUpperCase(java.util.Locale.ROOT);
        return new HtmlForm(page, action, method, "multipart/form-data".equalsIgnoreCase(form.attr("enctype")), fields);
    }

    /** The endpoint the form goes to, with codes and numbers in its path folded, to try each kind of form once. */
    String endpoint() {
        return method + " " + action.replaceAll("\\?.*", "").replaceAll("/[^/]*\\d[^/]*", "/#");
    }

    /** A multipart body of the fields (files as small byte arrays with the given names) and its boundary. */
    static byte[] multipart(List<Map.Entry<String, String>> fields, String boundary) {
        var out = new ByteArrayOutputStream();
        for (var f : fields) {
            boolean file = f.getKey().startsWith("file:");
            String name = file ? f.getKey().substring(5) : f.getKey();
            String disposition = "Content-Disposition: form-data; name=\"" + name.replace("\"", "%22") + "\""
                    + (file ? "; filename=\"" + f.getValue().replace("\"", "%22").replace("\r", "").replace("\n", "") + "\"" : "");
            String head = "--" + boundary + "\r\n" + disposition + "\r\n"
                    + (file ? "Content-Type: application/pdf\r\n" : "") + "\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file ? "%PDF-1.4\n%fuzz\n".getBytes(StandardCharsets.UTF_8) : f.getValue().getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
