package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.support.DatabaseTest;

/**
 * The dossier API over HTTP Basic: acceptance once per Idempotency-Key, bad input as problem details with
 * nothing stored, and the lifecycle with its refusals. Uses office H99.02.
 */
@DatabaseTest
class DossierApiIT {

    static final String PASSWORD = "MotCua@2026";
    static final String BODY = """
            {"officeCode": "H99.02", "procedureCode": "1.004873", "channel": "COUNTER",
             "applicant": {"kind": "INDIVIDUAL", "name": "Trần Thị Bình", "idNumber": "022185000123",
                           "address": "Phường Hồng Hà, Quảng Ninh", "phone": "0912 345 678"},
             "documents": [{"name": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "copies": 1}]}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static MockHttpServletRequestBuilder accept(String key, String body) {
        var request = post("/api/v1/dossiers").with(httpBasic("tiepnhan.02", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    long dossiers() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    @Test
    void an_accepted_dossier_gets_a_code_a_due_date_and_a_receipt_and_the_same_key_returns_it_again() throws Exception {
        String key = UUID.randomUUID().toString();
        String json = mvc.perform(accept(key, BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "false"))
                .andExpect(jsonPath("$.code", matchesPattern("H99\\.02-\\d{6}-\\d{4,}")))
                .andExpect(jsonPath("$.dueAt").exists())
                .andExpect(jsonPath("$.receiptUrl", matchesPattern("/ho-so/H99\\.02-\\d{6}-\\d{4,}/mau-01\\.pdf")))
                .andReturn().getResponse().getContentAsString();
        String code = com.jayway.jsonpath.JsonPath.read(json, "$.code");
        long count = dossiers();
        mvc.perform(accept(key, BODY))
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.code").value(code));
        assertThat(dossiers()).isEqualTo(count);
        assertThat(jdbc.sql("select count(*) from outbox_message where topic = 'dossier.accept' and body like ?")
                .param("%" + code + "%").query(Long.class).single()).as("one SMS for one acceptance").isEqualTo(1);
        mvc.perform(accept(key, BODY.replace("Trần Thị Bình", "Người khác")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotencyKey.reused"));
    }

    @ParameterizedTest(name = "{0} → {1} naming {2}")
    @CsvSource(delimiter = '|', value = {
            "a bad ID number        | 400 | applicant.idNumber | \"022185000123\" | \"02218500012\"",
            "a province 000         | 400 | applicant.idNumber | \"022185000123\" | \"000185000123\"",
            "no applicant name      | 400 | applicant.name     | \"Trần Thị Bình\" | \"\"",
            "an unknown channel     | 400 | channel            | \"COUNTER\"       | \"FAX\"",
            "a malformed procedure  | 400 | procedureCode      | \"1.004873\"      | \"1.0048\"",
            "a bad phone            | 400 | applicant.phone    | \"0912 345 678\"  | \"12\"",
    })
    void bad_input_is_a_problem_naming_the_field_and_stores_nothing(String rule, int status, String parameter,
            String from, String to) throws Exception {
        long before = dossiers();
        mvc.perform(accept(UUID.randomUUID().toString(), BODY.replace(from, to)))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.parameter").value(parameter));
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void no_idempotency_key_malformed_json_and_an_unknown_procedure_are_refused_without_a_trace() throws Exception {
        long before = dossiers();
        mvc.perform(accept(null, BODY)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("Idempotency-Key"));
        mvc.perform(accept("k-" + UUID.randomUUID(), "{\"officeCode\": ")).andExpect(status().isBadRequest());
        mvc.perform(accept("k-" + UUID.randomUUID(), BODY.replace("1.004873", "9.999999")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("procedure.unknown"));
        mvc.perform(accept("k-" + UUID.randomUUID(), BODY.replace("H99.02", "H99.03")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(BODY).header("Idempotency-Key", "x"))
                .andExpect(status().isUnauthorized());
        assertThat(dossiers()).isEqualTo(before);
    }

    @Test
    void a_dossier_moves_along_its_lifecycle_and_a_stale_version_or_wrong_role_is_refused() throws Exception {
        String json = mvc.perform(accept(UUID.randomUUID().toString(), BODY)).andReturn().getResponse().getContentAsString();
        String code = com.jayway.jsonpath.JsonPath.read(json, "$.code");
        String base = "/api/v1/dossiers/" + code + "/";
        mvc.perform(post(base + "approve").with(httpBasic("lanhdao.02", PASSWORD)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("WRONG_STATUS"));
        mvc.perform(post(base + "transfer").with(httpBasic("chuyenvien.02", PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("MISSING_DUTY"));
        mvc.perform(post(base + "transfer").with(httpBasic("tiepnhan.02", PASSWORD)).header("If-Match", "0"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post(base + "hand-over").with(httpBasic("chuyenvien.02", PASSWORD)).header("If-Match", "0"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.reason").value("STALE"));
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("tiepnhan.03", PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("lanhdao.02", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.controlSheet[0].step").value("Tiếp nhận và chuyển hồ sơ"));
        mvc.perform(get("/api/v1/dossiers").param("q", code).with(httpBasic("lanhdao.02", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.code == '" + code + "')].timeliness").exists());
    }

    @Test
    void a_dossier_routed_to_the_competent_agency_is_handled_there_and_hidden_from_others() throws Exception {
        String json = mvc.perform(accept(UUID.randomUUID().toString(), BODY)).andReturn().getResponse().getContentAsString();
        String code = com.jayway.jsonpath.JsonPath.read(json, "$.code");
        String base = "/api/v1/dossiers/" + code + "/";
        mvc.perform(post(base + "transfer").with(httpBasic("tiepnhan.02", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competentOffice\": \"H99.77\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "transfer").with(httpBasic("tiepnhan.02", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"competentOffice\": \"H99.03\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.competentOffice").value("H99.03"));
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("chuyenvien.03", PASSWORD))).andExpect(status().isOk());
        mvc.perform(post(base + "hand-over").with(httpBasic("chuyenvien.03", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.controlSheet[1].from").value("chuyenvien.03"));
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("chuyenvien.04", PASSWORD))).andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from audit_entry where subject = ? and action = 'dossier.viewed'")
                .param("dossier:" + code).query(Long.class).single()).as("each look at personal data is logged").isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_consulted_agency_in_motcua_sees_the_dossier_in_its_queue_and_answers_itself() throws Exception {
        String json = mvc.perform(accept(UUID.randomUUID().toString(), BODY)).andReturn().getResponse().getContentAsString();
        String code = com.jayway.jsonpath.JsonPath.read(json, "$.code");
        String base = "/api/v1/dossiers/" + code + "/";
        mvc.perform(post(base + "transfer").with(httpBasic("tiepnhan.02", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("chuyenvien.04", PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(post(base + "consult").with(httpBasic("chuyenvien.02", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"consultedOffice\": \"H99.04\", \"question\": \"Xác minh nơi cư trú\", \"workingDays\": 2}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.consultations[0].agencyCode").value("H99.04"));
        mvc.perform(get("/api/v1/dossiers").param("q", code).with(httpBasic("chuyenvien.04", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.code == '" + code + "')]").exists());
        mvc.perform(post(base + "consultation-answer").with(httpBasic("chuyenvien.02", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": 1, \"note\": \"Thay mặt\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "hand-over").with(httpBasic("chuyenvien.04", PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post(base + "consultation-answer").with(httpBasic("chuyenvien.04", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": 1, \"note\": \"Công dân cư trú tại xã\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.consultations[0].answer").value("Công dân cư trú tại xã"));
        mvc.perform(get("/api/v1/dossiers").param("q", code).with(httpBasic("chuyenvien.04", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.code == '" + code + "')]").doesNotExist());
    }
}
