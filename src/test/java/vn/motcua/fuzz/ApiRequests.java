package vn.motcua.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests built from the OpenAPI document: each operation's path, query and body filled from its schemas, either
 * as the document describes them ({@link #valid}) or with hostile values in some places ({@link #hostile}).
 */
final class ApiRequests {

    /** One request: method, path with query, and JSON body (or null). */
    record Request(String method, String path, String body, Map<String, String> headers, String operation) {
        String describe() {
            String b = body == null ? "" : " " + Findings.excerpt(body);
            String h = headers.isEmpty() ? "" : " " + Findings.excerpt(headers.toString());
            return method + " " + (path.length() > 300 ? path.substring(0, 300) + "…" : path) + h + b;
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode document;
    private final Map<String, String> samples;

    /** @param samples known-good values by parameter or property name (an existing dossier code, an office code…) */
    ApiRequests(String openApi, Map<String, String> samples) {
        this.document = JSON.readTree(openApi);
        this.samples = samples;
    }

    JsonNode document() {
        return document;
    }

    /** Every operation as (method, path template, operation object). */
    List<Map.Entry<String, Map.Entry<String, JsonNode>>> operations() {
        var operations = new ArrayList<Map.Entry<String, Map.Entry<String, JsonNode>>>();
        for (var path : document.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(Map.entry(method.getKey().toUpperCase(java.util.Locale.ROOT), Map.entry(path.getKey(), method.getValue())));
            }
        }
        return operations;
    }

    /** A request as the document describes it: every parameter and property from its example, enum or sample. */
    Request valid(String method, String template, JsonNode operation) {
        return build(method, template, operation, null);
    }

    /** A request with hostile values in some parameters or properties. */
    Request hostile(String method, String template, JsonNode operation, HostileValues values) {
        return build(method, template, operation, values);
    }

    private Request build(String method, String template, JsonNode operation, HostileValues values) {
        String path = template;
        var query = new StringBuilder();
        var headers = new java.util.LinkedHashMap<String, String>();
        for (JsonNode p : iterable(operation.path("parameters"))) {
            JsonNode parameter = resolve(p);
            String name = parameter.path("name").asString("");
            String in = parameter.path("in").asString("");
            boolean hostile = values != null && values.chance(40);
            String value = hostile ? values.forInput(name, parameter.path("schema").path("format").asString(
                    parameter.path("schema").path("type").asString(""))) : sample(name, parameter.path("schema"), parameter.path("example"));
            if ("header".equals(in)) {
                headers.put(name, value);
            } else if ("path".equals(in)) {
                path = path.replace("{" + name + "}", FuzzClient.encode(value).replace("+", "%20"));
            } else if ("query".equals(in) && (value != null && (parameter.path("required").asBoolean(false) || hostile || values == null))) {
                query.append(query.isEmpty() ? "?" : "&").append(FuzzClient.encode(name)).append('=').append(FuzzClient.encode(value));
            }
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        String body = null;
        if (!schema.isMissingNode()) {
            JsonNode example = operation.path("requestBody").path("content").path("application/json").path("example");
            JsonNode node = values == null && !example.isMissingNode() ? example : instance(schema, values, 0, "");
            if (values != null && values.chance(10)) {
                body = values.pick(List.of("", "{", "[]", "null", "\"x\"", "{\"a\":" .repeat(5_000) + "1" + "}".repeat(5_000),
                        "[".repeat(100_000), "{\"officeCode\": 1e999999}", "\u0000"));
            } else {
                body = JSON.writeValueAsString(node);
            }
        }
        return new Request(method, path + query, body, headers, method + " " + template);
    }

    private String sample(String name, JsonNode schema, JsonNode example) {
        if (samples.containsKey(name)) {
            return samples.get(name);
        }
        if (!example.isMissingNode()) {
            return example.asString("");
        }
        JsonNode s = resolve(schema);
        if (s.has("example")) {
            return s.get("example").asString("");
        }
        if (s.has("enum")) {
            return s.get("enum").get(0).asString("");
        }
        return switch (s.path("type").asString("")) {
            case "integer", "number" -> String.valueOf(Math.max(1, s.path("minimum").asLong(1)));
            case "boolean" -> "true";
            default -> switch (s.path("format").asString("")) {
                case "date" -> "2026-12-02";
                case "date-time" -> "2026-12-02T10:00:00";
                default -> "x";
            };
        };
    }

    /** A JSON value of the schema; with {@code values}, some properties get hostile values of any type. */
    JsonNode instance(JsonNode schema, HostileValues values, int depth, String name) {
        JsonNode s = resolve(schema);
        if (values != null && values.chance(15)) {
            return hostileNode(name, values);
        }
        if (s.has("example") && values == null) {
            return s.get("example");
        }
        String type = s.path("type").asString(s.has("properties") ? "object" : "string");
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                for (var property : s.path("properties").properties()) {
                    if (depth < 6) {
                        object.set(property.getKey(), instance(property.getValue(), values, depth + 1, property.getKey()));
                    }
                }
                if (s.path("additionalProperties").isObject()) {
                    object.put("note", "x");
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                int size = values != null && values.chance(10) ? values.pick(List.of(0, 201, 5_000)) : 1;
                for (int i = 0; i < size; i++) {
                    array.add(instance(s.path("items"), size > 1 ? null : values, depth + 1, name));
                }
                return array;
            }
            case "integer":
                return NODES.numberNode(samples.containsKey(name) ? Long.parseLong(samples.get(name)) : Math.max(1, s.path("minimum").asLong(1)));
            case "number":
                return NODES.numberNode(1.5);
            case "boolean":
                return NODES.booleanNode(true);
            default:
                return NODES.stringNode(sample(name, s, tools.jackson.databind.node.MissingNode.getInstance()));
        }
    }

    private JsonNode hostileNode(String name, HostileValues values) {
        return switch (values.nextInt(6)) {
            case 0 -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
            case 1 -> NODES.numberNode(values.pick(List.of(-1L, 0L, 100_000L, 2_147_483_648L, Long.MIN_VALUE)));
            case 2 -> NODES.booleanNode(false);
            case 3 -> NODES.arrayNode().add("x");
            case 4 -> NODES.objectNode().put("x", "\u0000");
            default -> NODES.stringNode(values.forInput(name, ""));
        };
    }

    /** The schema or parameter itself, or what its {@code $ref} points at. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asString("");
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    static byte[] bytes(String body) {
        return body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        Iterator<JsonNode> it = node.isArray() ? node.values().iterator() : java.util.Collections.emptyIterator();
        return () -> it;
    }
}
