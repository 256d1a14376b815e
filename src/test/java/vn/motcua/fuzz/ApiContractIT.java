package vn.motcua.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.support.Browser;
import vn.motcua.support.HttpBrowser;

/**
 * The OpenAPI document is a contract a client can be generated from: every operation has an example for each of its
 * inputs; enums, required fields and limits are stated and match the server's own; and requests generated from the
 * document alone are accepted.
 */
@FuzzTest
class ApiContractIT {

    @LocalServerPort
    int port;

    private JsonNode document() {
        return ApiRequests.JSON.readTree(FuzzClient.anonymous(port).get("/v3/api-docs").body());
    }

    private JsonNode schema(JsonNode document, String name) {
        return document.path("components").path("schemas").path(name);
    }

    private static List<String> strings(JsonNode array) {
        var list = new ArrayList<String>();
        array.values().forEach(v -> list.add(v.asString("")));
        return list;
    }

    private static <E extends Enum<E>> List<String> names(E[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void enums_required_fields_and_limits_are_stated_as_the_server_has_them() {
        JsonNode doc = document();
        JsonNode accept = schema(doc, "AcceptBody");
        assertThat(strings(accept.path("properties").path("channel").path("enum"))).containsExactlyElementsOf(names(Channel.values()));
        assertThat(strings(accept.path("required"))).contains("officeCode", "procedureCode", "channel", "applicant");
        assertThat(accept.path("properties").path("documents").path("maxItems").asInt(0)).isEqualTo(100);
        JsonNode applicant = schema(doc, "ApplicantBody");
        assertThat(strings(applicant.path("properties").path("kind").path("enum"))).containsExactlyElementsOf(names(Applicant.Kind.values()));
        assertThat(strings(applicant.path("required"))).contains("name");
        assertThat(applicant.path("properties").path("name").path("maxLength").asInt(0)).isEqualTo(Applicant.MAX_NAME);
        JsonNode transition = schema(doc, "TransitionBody");
        assertThat(strings(transition.path("properties").path("direction").path("enum")))
                .containsExactlyElementsOf(names(Consultation.Direction.values()));
        assertThat(strings(transition.path("properties").path("through").path("enum"))).containsExactlyElementsOf(names(Channel.values()));
        assertThat(transition.path("properties").path("workingDays").path("maximum").asInt(0)).isEqualTo(60);
        assertThat(transition.path("properties").path("items").path("maxItems").asInt(0)).isEqualTo(100);

        JsonNode unit = parameter(doc, "/api/v1/offices/{officeCode}/appointment", "get", "unit");
        assertThat(strings(unit.path("schema").path("enum"))).containsExactlyInAnyOrderElementsOf(names(ProcessingUnit.values()));
    }

    @Test
    void every_operation_has_an_example_for_each_input() {
        JsonNode doc = document();
        var requests = new ApiRequests(doc.toString(), Map.of());
        var missing = new ArrayList<String>();
        for (var operation : requests.operations()) {
            String name = operation.getKey() + " " + operation.getValue().getKey();
            JsonNode op = operation.getValue().getValue();
            for (JsonNode p : op.path("parameters").values()) {
                JsonNode parameter = requests.resolve(p);
                if (!parameter.has("example") && !parameter.path("schema").has("example") && !parameter.path("schema").has("enum")) {
                    missing.add(name + " parameter " + parameter.path("name").asString(""));
                }
            }
            JsonNode body = op.path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode() && !body.has("example") && !body.has("examples")) {
                missing.add(name + " request body");
            }
            if (op.path("parameters").isEmpty() && body.isMissingNode() && !op.has("description") && !op.has("summary")) {
                missing.add(name + " description");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void requests_generated_from_the_document_are_accepted() throws Exception {
        JsonNode doc = document();
        var reception = FuzzClient.basic(port, "tiepnhan", Browser.DEMO_PASSWORD);
        // every channel and applicant kind the document names, in a body built from the schema's examples alone
        var requests = new ApiRequests(doc.toString(), Map.of());
        JsonNode acceptOperation = doc.path("paths").path("/api/v1/dossiers").path("post");
        String code = null;
        for (String channel : strings(schema(doc, "AcceptBody").path("properties").path("channel").path("enum"))) {
            for (String kind : strings(schema(doc, "ApplicantBody").path("properties").path("kind").path("enum"))) {
                ObjectNode body = (ObjectNode) requests.instance(requests.resolve(acceptOperation.path("requestBody").path("content")
                        .path("application/json").path("schema")), null, 0, "");
                body.put("channel", channel);
                ((ObjectNode) body.get("applicant")).put("kind", kind);
                body.remove("representative");
                body.remove("declaration");
                var answer = reception.send("POST", "/api/v1/dossiers", "application/json", ApiRequests.bytes(body.toString()),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                assertThat(answer.status()).as(channel + " " + kind + ": " + answer.body()).isEqualTo(201);
                code = ApiRequests.JSON.readTree(answer.body()).get("code").asString("");
            }
        }
        // every other operation as its examples describe it
        var withSamples = new ApiRequests(doc.toString(), Map.of("code", code, "Idempotency-Key", UUID.randomUUID().toString()));
        var leader = FuzzClient.basic(port, "lanhdao.02", Browser.DEMO_PASSWORD);
        var signedIn = new HttpBrowser(port);
        signedIn.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        var citizen = FuzzClient.bearer(port, signedIn.citizenAppToken("congdan.an", HttpBrowser.CITIZEN_PASSWORD));
        for (var operation : withSamples.operations()) {
            String template = operation.getValue().getKey();
            if (template.contains("{transition}")) {
                continue;
            }
            boolean ofADossier = template.contains("/dossiers/{code}");   // the example's code is no dossier here
            var request = (ofADossier ? withSamples : requests).valid(operation.getKey(), template, operation.getValue().getValue());
            boolean ofACitizen = template.startsWith("/api/v1/citizen/");
            if (ofACitizen && (template.contains("{") || "POST".equals(request.method()))) {
                // the example's paper or dossier is not this citizen's (404 by design), and a paper is a multipart
                // file, not a JSON body: CitizenApiIT sends them
                continue;
            }
            if (operation.getValue().getValue().path("requestBody").path("content").has("multipart/form-data")
                    && !operation.getValue().getValue().path("requestBody").path("content").has("application/json")) {
                continue;   // a file, not a JSON body: PdfSealsIT and the citizen tests send theirs
            }
            boolean ofTheInbox = template.startsWith("/api/v1/online-inbox");
            if (ofTheInbox && template.contains("{")) {
                continue;   // the example's dossier was sent by nobody (404 by design): OnlineSubmissionApiIT decides real ones
            }
            var client = template.contains("/statistics") ? leader
                    : template.startsWith("/api/v1/dossiers") || ofTheInbox ? reception
                    : ofACitizen ? citizen : FuzzClient.anonymous(port);
            var answer = client.send(request.method(), request.path(), request.body() == null ? null : "application/json",
                    ApiRequests.bytes(request.body()), request.headers());
            assertThat(answer.status()).as(request.describe() + " → " + answer.body()).isBetween(200, 299);
        }
        // every transition the document names is one the server knows: refused by the rules at most, never unknown or malformed
        JsonNode transition = parameter(doc, "/api/v1/dossiers/{code}/{transition}", "post", "transition");
        for (String name : strings(transition.path("schema").path("enum"))) {
            var answer = reception.send("POST", "/api/v1/dossiers/" + code + "/" + name, "application/json",
                    ApiRequests.bytes("{\"note\": \"Theo yêu cầu\", \"items\": [\"Bản sao\"], \"agency\": \"Công an xã\","
                            + " \"question\": \"Xác minh\", \"newDueAt\": \"2027-01-20T16:00:00\", \"number\": 1}"), Map.of());
            assertThat(answer.status()).as(name + ": " + answer.body()).isNotIn(400, 404, 415).isLessThan(500);
        }
    }

    private static JsonNode parameter(JsonNode doc, String path, String method, String name) {
        for (JsonNode p : doc.path("paths").path(path).path(method).path("parameters").values()) {
            if (name.equals(p.path("name").asString(""))) {
                return p;
            }
        }
        throw new AssertionError("No parameter " + name + " of " + method + " " + path);
    }
}
