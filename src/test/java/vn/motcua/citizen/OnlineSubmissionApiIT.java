package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;
import vn.motcua.support.MovableTime;

/**
 * The online path for apps: a draft started, filled, given a file and sent with an Idempotency-Key; every refusal an
 * RFC 9457 problem (incomplete with each problem, a file that is not a paper, a state that forbids the request, a
 * replay); the desk's inbox API decides it; another citizen gets 404 for all of it.
 */
@DatabaseTest
@Import(MovableTime.class)
class OnlineSubmissionApiIT {

    private static final String BASE = "/api/v1/citizen/submissions";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_app_sends_a_dossier_and_every_refusal_is_a_problem() throws Exception {
        MovableTime.set("2026-12-02T14:00");
        var an = new HttpBrowser(port);
        an.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        String token = an.citizenAppToken("congdan.an", HttpBrowser.CITIZEN_PASSWORD);

        var notOnline = call("POST", BASE, token, "application/json", "{\"procedure\":\"9.999999\",\"office\":\"H99.06\"}");
        assertThat(notOnline.statusCode()).isEqualTo(400);
        assertThat(call("POST", BASE, token, "application/json", "{not json").statusCode()).isEqualTo(400);
        var started = call("POST", BASE, token, "application/json", "{\"procedure\":\"1.001193\",\"office\":\"H99.06\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.body()).contains("\"status\":\"DRAFT\"", "\"declarantIdNumber\":\"001090012345\"");
        String id = started.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");

        var incomplete = call("POST", BASE + "/" + id + "/submit", token, null, null);
        assertThat(incomplete.statusCode()).isEqualTo(422);
        assertThat(incomplete.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(incomplete.body()).contains("\"target\":\"declaration.childFullName\"", "\"code\":\"declaration.required\"",
                "\"target\":\"contact\"");

        assertThat(call("PUT", BASE + "/" + id, token, "application/json", "{\"phone\":\"12\"}").statusCode()).isEqualTo(400);
        var saved = call("PUT", BASE + "/" + id, token, "application/json", """
                {"declaration": {"childFullName": "Nguyễn Văn Bé", "childBirthDate": "28/11/2026", "childSex": "Nam",
                  "childBirthPlace": "Trạm y tế xã", "childHometown": "Vĩnh Thạnh", "childEthnicity": "Kinh",
                  "declarantFullName": "Nguyễn Văn An", "declarantIdNumber": "001090012345", "relationship": "Cha"},
                 "phone": "0912345678"}""");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        var notAPaper = upload(token, id, "Giấy chứng sinh", "<html>no</html>");
        assertThat(notAPaper.statusCode()).isEqualTo(400);
        assertThat(notAPaper.body()).contains("\"code\":\"file.type\"");
        var unknownPaper = upload(token, id, "Sổ đỏ", "%PDF-1.4 " + UUID.randomUUID());
        assertThat(unknownPaper.statusCode()).isEqualTo(422);
        assertThat(unknownPaper.body()).contains("submission.paperUnknown");
        var file = upload(token, id, "Giấy chứng sinh", "%PDF-1.4 " + UUID.randomUUID());
        assertThat(file.statusCode()).as(file.body()).isEqualTo(201);

        String key = UUID.randomUUID().toString();
        var sent = call("POST", BASE + "/" + id + "/submit", token, null, null, "Idempotency-Key", key);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains("\"status\":\"WAITING\"", "\"dossierCode\":\"H99.06-");
        var replay = call("POST", BASE + "/" + id + "/submit", token, null, null, "Idempotency-Key", key);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(sent.body());
        var again = call("POST", BASE + "/" + id + "/submit", token, null, null, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(again.statusCode()).as("a second sending under another key").isEqualTo(409);
        assertThat(call("DELETE", BASE + "/" + id, token, null, null).statusCode()).isEqualTo(409);
        assertThat(call("DELETE", BASE + "/" + id + "/files/0", token, null, null).statusCode()).isEqualTo(409);

        var binh = new HttpBrowser(port);
        binh.signInAsCitizen("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        String other = binh.citizenAppToken("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        assertThat(call("GET", BASE + "/" + id, other, null, null).statusCode()).isEqualTo(404);
        assertThat(call("POST", BASE + "/" + id + "/submit", other, null, null).statusCode()).isEqualTo(404);
        assertThat(call("PUT", BASE + "/" + id, other, "application/json", "{}").statusCode()).isEqualTo(404);
        assertThat(call("GET", BASE, other, null, null).body()).doesNotContain(id);

        String desk = "Basic " + Base64.getEncoder().encodeToString("tiepnhan.06:MotCua@2026".getBytes(StandardCharsets.UTF_8));
        var inbox = staff("GET", "/api/v1/online-inbox", desk, null);
        assertThat(inbox.body()).contains(id);
        var noItems = staff("POST", "/api/v1/online-inbox/" + id + "/supplement", desk, "{\"items\": [\" \"]}");
        assertThat(noItems.statusCode()).isEqualTo(422);
        assertThat(noItems.body()).contains("submission.itemsRequired");
        String elsewhere = "Basic " + Base64.getEncoder().encodeToString("tiepnhan.02:MotCua@2026".getBytes(StandardCharsets.UTF_8));
        assertThat(staff("POST", "/api/v1/online-inbox/" + id + "/accept", elsewhere, null).statusCode()).isEqualTo(404);
        var accepted = staff("POST", "/api/v1/online-inbox/" + id + "/accept", desk, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(staff("POST", "/api/v1/online-inbox/" + id + "/refuse", desk, "{\"items\": [\"late\"]}").statusCode())
                .isEqualTo(409);
        assertThat(call("GET", BASE + "/" + id, token, null, null).body()).contains("\"status\":\"ACCEPTED\"");
    }

    private HttpResponse<String> upload(String token, String id, String paper, String content) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"paper\"\r\n\r\n" + paper + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.pdf\"\r\n\r\n" + content + "\r\n--"
                + boundary + "--\r\n";
        return call("POST", BASE + "/" + id + "/files", token, "multipart/form-data; boundary=" + boundary, body);
    }

    private HttpResponse<String> staff(String method, String path, String basic, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) request.header("Content-Type", "application/json");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String token, String contentType, String body,
            String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (contentType != null) request.header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
