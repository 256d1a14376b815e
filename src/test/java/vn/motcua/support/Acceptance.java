package vn.motcua.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

/**
 * A dossier accepted through the API as the office's receptionist does it ({@code POST /api/v1/dossiers} with an
 * idempotency key), for integration tests: {@code Acceptance.at("H99.03", "tiepnhan.03").procedure("1.004873").code(mvc)}.
 * By default a counter dossier of procedure 1.004873 with one declaration paper.
 */
public final class Acceptance {

    public static final String PASSWORD = "MotCua@2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String office;
    private final String officer;
    private String procedure = "1.004873";
    private String channel = "COUNTER";
    private final Map<String, Object> applicant = new LinkedHashMap<>(Map.of("name", "Nguyễn Văn An", "idNumber", "001195004321"));
    private List<String> documents = List.of("Tờ khai");
    private Boolean assisted;
    private Map<String, String> declaration;

    private Acceptance(String office, String officer) {
        this.office = office;
        this.officer = officer;
    }

    /** Received at the office by the officer (basic authentication with the demo password). */
    public static Acceptance at(String office, String officer) {
        return new Acceptance(office, officer);
    }

    public Acceptance procedure(String code) {
        this.procedure = code;
        return this;
    }

    public Acceptance channel(String channel) {
        this.channel = channel;
        return this;
    }

    public Acceptance applicant(String name, String idNumber) {
        applicant.put("name", name);
        applicant.put("idNumber", idNumber);
        return this;
    }

    public Acceptance address(String address) {
        applicant.put("address", address);
        return this;
    }

    public Acceptance phone(String phone) {
        applicant.put("phone", phone);
        return this;
    }

    public Acceptance documents(String... names) {
        this.documents = List.of(names);
        return this;
    }

    /** The officer filled the declaration for the citizen. */
    public Acceptance assisted(boolean assisted) {
        this.assisted = assisted;
        return this;
    }

    public Acceptance declaration(Map<String, String> answers) {
        this.declaration = answers;
        return this;
    }

    /** The request body. */
    public String body() {
        var body = new LinkedHashMap<String, Object>();
        body.put("officeCode", office);
        body.put("procedureCode", procedure);
        body.put("channel", channel);
        body.put("applicant", applicant);
        var papers = new ArrayList<Map<String, Object>>();
        documents.forEach(name -> papers.add(Map.of("name", name, "copies", 1)));
        if (!papers.isEmpty()) {
            body.put("documents", papers);
        }
        if (assisted != null) {
            body.put("assistedFilling", assisted);
        }
        if (declaration != null) {
            body.put("declaration", declaration);
        }
        return JSON.writeValueAsString(body);
    }

    public MockHttpServletRequestBuilder request() {
        return post("/api/v1/dossiers").with(httpBasic(officer, PASSWORD)).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON).content(body());
    }

    public ResultActions perform(MockMvc mvc) throws Exception {
        return mvc.perform(request());
    }

    /** Accepts the dossier (201 expected) and returns its code. */
    public String code(MockMvc mvc) throws Exception {
        String json = perform(mvc).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.code");
    }
}
