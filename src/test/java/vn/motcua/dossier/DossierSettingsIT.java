package vn.motcua.dossier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/** An office sets its own code pattern (Circular 04/2025's system id, say); codes follow it. Uses H99.06. */
@DatabaseTest
class DossierSettingsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void an_office_pattern_shapes_its_codes_and_a_bad_pattern_is_refused_next_to_the_field() throws Exception {
        var admin = user(users.loadUserByUsername("quantri.06"));
        mvc.perform(post("/quan-tri/ho-so").with(csrf()).with(admin).param("codePattern", "{agency}-{seq:3}"))
                .andExpect(flash().attribute("error", "codePattern"));
        mvc.perform(post("/quan-tri/ho-so").with(csrf()).with(admin).param("codePattern", "{agency}-{date:yyMMdd}-01{seq:4}")
                        .param("windowDays", "5"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/quan-tri/ho-so").with(admin))
                .andExpect(content().string(matchesPattern("(?s).*data-testid=\"preview\">H99\\.06-\\d{6}-010007<.*")));
        Acceptance.at("H99.06", "tiepnhan.06").procedure("2.000815").applicant("Huỳnh Văn Tư", "087077000555").documents()
                .perform(mvc).andExpect(status().isCreated())
                .andExpect(jsonPath("$.code", matchesPattern("H99\\.06-\\d{6}-01\\d{4}")));
        mvc.perform(post("/quan-tri/ho-so").with(csrf()).with(admin).param("codePattern", "{agency}-{date:yyMMdd}-01{seq:4}")
                        .param("windowDays", "5").param("lateRiskPercent", "95"))
                .andExpect(flash().attribute("error", "lateRiskPercent"));
        mvc.perform(post("/quan-tri/ho-so").with(csrf()).with(admin).param("codePattern", "{agency}-{date:yyMMdd}-01{seq:4}")
                        .param("windowDays", "5").param("lateRiskPercent", "năm mươi"))
                .andExpect(flash().attribute("error", "lateRiskPercent"));
        mvc.perform(post("/quan-tri/ho-so").with(csrf()).with(admin).param("codePattern", "{agency}-{date:yyMMdd}-01{seq:4}")
                        .param("windowDays", "5").param("lateRiskPercent", "60"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/quan-tri/ho-so").with(admin)).andExpect(content().string(containsString("name=\"lateRiskPercent\" inputmode=\"numeric\" class=\"form-control\" value=\"60\"")));
        mvc.perform(get("/quan-tri/ho-so").with(user(users.loadUserByUsername("tiepnhan.06")))).andExpect(status().isForbidden());
        mvc.perform(get("/quan-tri/ho-so").with(user(users.loadUserByUsername("quantri.05"))))
                .andExpect(content().string(containsString("data-testid=\"preview\">H99.05-")));
    }
}
