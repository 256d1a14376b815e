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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.HttpBrowser;

/**
 * The citizen API with bearer tokens from the demo provider (an app's authorization code with PKCE): the citizen's
 * own dossiers and papers, RFC 9457 problems, and nothing of another citizen's.
 */
@DatabaseTest
class CitizenApiIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_citizen_app_reads_the_citizens_dossiers_and_keeps_papers_and_nobody_elses() throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").applicant("Nguyễn Văn An", "001090012345").code(mvc);
        var an = new HttpBrowser(port);
        an.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        String token = an.citizenAppToken("congdan.an", HttpBrowser.CITIZEN_PASSWORD);

        var me = call("GET", "/api/v1/citizen/me", token, null, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"fullName\":\"Nguyễn Văn An\"", "*********345").doesNotContain("001090012345");
        assertThat(call("GET", "/api/v1/citizen/dossiers", token, null, null).body()).contains(code);
        assertThat(call("GET", "/api/v1/citizen/dossiers/" + code, token, null, null).body()).contains("\"steps\"");

        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nGiấy khai sinh\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ks.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7 ks " + UUID.randomUUID() + "\r\n--" + boundary + "--\r\n";
        var added = call("POST", "/api/v1/citizen/documents", token, "multipart/form-data; boundary=" + boundary, body);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = added.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(call("GET", "/api/v1/citizen/documents/" + id, token, null, null).body()).startsWith("%PDF-1.7 ks");

        var binh = new HttpBrowser(port);
        binh.signInAsCitizen("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        String other = binh.citizenAppToken("congdan.binh", HttpBrowser.CITIZEN_PASSWORD);
        var notTheirs = call("GET", "/api/v1/citizen/documents/" + id, other, null, null);
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(notTheirs.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(call("GET", "/api/v1/citizen/dossiers/" + code, other, null, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/v1/citizen/documents/" + id, other, null, null).statusCode()).isEqualTo(404);

        assertThat(call("DELETE", "/api/v1/citizen/documents/" + id, token, null, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/citizen/documents/" + id, token, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_file_that_is_not_a_paper_is_a_problem_and_no_token_is_no_answer() throws Exception {
        var an = new HttpBrowser(port);
        an.signInAsCitizen("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        String token = an.citizenAppToken("congdan.an", HttpBrowser.CITIZEN_PASSWORD);
        String boundary = "b" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nGiấy khai sinh\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ks.pdf\"\r\n\r\n<html>\r\n--" + boundary + "--\r\n";
        var refused = call("POST", "/api/v1/citizen/documents", token, "multipart/form-data; boundary=" + boundary, body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":\"file.type\"");

        assertThat(call("GET", "/api/v1/citizen/me", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/citizen/me", "not-a-token", null, null).statusCode()).isEqualTo(401);
        var staff = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/citizen/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "tiepnhan:MotCua@2026".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(staff.statusCode()).as("a member of staff is not a citizen").isEqualTo(401);
    }

    private HttpResponse<String> call(String method, String path, String token, String contentType, String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (contentType != null) request.header("Content-Type", contentType);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
