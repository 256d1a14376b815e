package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * At the return the desk records who received the result: the applicant, or a representative named with a valid
 * personal ID number; the dossier page and the control sheet (form 06) say so.
 */
@DatabaseTest
class ResultReturnIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private String resultReady() throws Exception {
        String code = Acceptance.at("H99.01", "tiepnhan").applicant("Đinh Thị Mai", "001195004327").code(mvc);
        api(code, "transfer", "tiepnhan", "{}");
        while (mvc.perform(post("/api/v1/dossiers/" + code + "/hand-over").with(httpBasic("chuyenvien", Acceptance.PASSWORD)))
                .andReturn().getResponse().getStatus() == 200) {
            // every step handed on
        }
        api(code, "submit", "chuyenvien", "{}");
        api(code, "approve", "lanhdao", "{}");
        api(code, "result-ready", "tiepnhan", "{}");
        return code;
    }

    private void api(String code, String transition, String officer, String body) throws Exception {
        mvc.perform(post("/api/v1/dossiers/" + code + "/" + transition).with(httpBasic(officer, Acceptance.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private String version(String code) throws Exception {
        return String.valueOf((Integer) com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/dossiers/" + code)
                .with(httpBasic("tiepnhan", Acceptance.PASSWORD))).andReturn().getResponse().getContentAsString(), "$.version"));
    }

    @Test
    void a_representative_is_recorded_with_their_id_number_and_a_bad_one_is_refused_beside_the_field() throws Exception {
        String code = resultReady();
        var desk = user(users.loadUserByUsername("tiepnhan"));
        mvc.perform(post("/ho-so/" + code + "/return").with(desk).with(csrf()).param("version", version(code))
                        .param("through", "COUNTER").param("recipientName", "Trần Văn Bình").param("recipientIdNumber", "12345"))
                .andExpect(flash().attribute("refusal", "BAD_INPUT")).andExpect(flash().attribute("refusalField", "recipientIdNumber"));
        mvc.perform(post("/ho-so/" + code + "/return").with(desk).with(csrf()).param("version", version(code))
                        .param("through", "COUNTER").param("recipientIdNumber", "001090012345"))
                .andExpect(flash().attribute("refusalField", "recipientName"));
        mvc.perform(post("/ho-so/" + code + "/return").with(desk).with(csrf()).param("version", version(code))
                        .param("through", "COUNTER").param("recipientName", "Trần Văn Bình").param("recipientIdNumber", "001090012345"))
                .andExpect(flash().attribute("done", "RETURN"));
        String page = mvc.perform(get("/ho-so/" + code).with(desk)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Trần Văn Bình (người được ủy quyền, số định danh 001090012345)");
        String sheet = mvc.perform(get("/ho-so/" + code + "/mau-kiem-soat").with(desk)).andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains("Người nhận kết quả: <span>Trần Văn Bình, số định danh cá nhân 001090012345, người được ủy quyền");
    }

    @Test
    void without_a_name_the_applicant_received_it_and_the_api_records_a_representative_too() throws Exception {
        String code = resultReady();
        api(code, "return", "tiepnhan", "{}");
        String page = mvc.perform(get("/ho-so/" + code).with(user(users.loadUserByUsername("tiepnhan"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chính người nộp hồ sơ");
        String other = resultReady();
        mvc.perform(post("/api/v1/dossiers/" + other + "/return").with(httpBasic("tiepnhan", Acceptance.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipientName\": \"Lê Văn Cường\", \"recipientIdNumber\": \"0010\"}"))
                .andExpect(status().is4xxClientError()).andExpect(jsonPath("$.detail").exists());
        api(other, "return", "tiepnhan", "{\"recipientName\": \"Lê Văn Cường\", \"recipientIdNumber\": \"001089000777\"}");
        assertThat(mvc.perform(get("/ho-so/" + other).with(user(users.loadUserByUsername("tiepnhan"))))
                .andReturn().getResponse().getContentAsString()).contains("Lê Văn Cường (người được ủy quyền");
    }
}
