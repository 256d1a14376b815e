package vn.motcua.servicemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.MondayTenOClock;

/**
 * Reception on Monday 30 November 2026 at 10:00 (a clock fixed for this context): the office's models decide the
 * due date and the slip. Thụy Khuê's Monday is a day without appointment slips; Vĩnh Thạnh's covers justice only.
 */
@DatabaseTest
@Import(MondayTenOClock.class)
class ReceptionUnderModelsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private ResultActions accept(String office, String procedure) throws Exception {
        String user = "tiepnhan." + office.substring(office.length() - 2);
        return Acceptance.at(office, user).procedure(procedure).applicant("Phạm Thị Thu", "001195004321").address("Hà Nội")
                .perform(mvc);
    }

    @Test
    void on_thuy_khue_monday_a_dossier_is_due_the_same_day_without_a_slip_and_its_receipt_says_so() throws Exception {
        String json = accept("H99.03", "1.004873").andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueAt").value("2026-11-30T17:00:00"))
                .andExpect(jsonPath("$.slipPrinted").value(false))
                .andExpect(jsonPath("$.models[0].name").value("Thứ 2 – ngày không giấy hẹn"))
                .andReturn().getResponse().getContentAsString();
        String code = com.jayway.jsonpath.JsonPath.read(json, "$.code");
        assertThat(code).startsWith("H99.03-261130-");
        mvc.perform(get("/ho-so/" + code + "/mau-01").with(user(users.loadUserByUsername("tiepnhan.03"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Trả trong ngày")));
        mvc.perform(get("/ho-so/" + code).with(user(users.loadUserByUsername("tiepnhan.03"))))
                .andExpect(content().string(containsString("Thứ 2 – ngày không giấy hẹn")));
    }

    @Test
    void on_vinh_thanh_monday_only_the_covered_fields_are_due_the_same_day() throws Exception {
        accept("H99.06", "1.004873").andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueAt").value("2026-11-30T17:00:00"))
                .andExpect(jsonPath("$.slipPrinted").value(true))
                .andExpect(jsonPath("$.models[0].kind").value("NO_APPOINTMENT_DAY"));
        accept("H99.06", "1.004194").andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueAt").value("2026-12-03T17:00:00"))
                .andExpect(jsonPath("$.models").isEmpty());
    }

    @Test
    void ba_vi_on_a_monday_morning_applies_no_model_but_a_thursday_due_date_runs_to_the_end_of_the_ninth_hour() throws Exception {
        accept("H99.04", "1.004873").andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueAt").value("2026-12-03T18:00:00"))
                .andExpect(jsonPath("$.models").isEmpty());
    }
}
