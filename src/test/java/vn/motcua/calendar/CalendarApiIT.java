package vn.motcua.calendar;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.DatabaseTest;

/** The public calendar API, without sign-in, including every kind of bad input. */
@DatabaseTest
class CalendarApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void the_appointment_of_the_issue_example_skips_tet() throws Exception {
        mvc.perform(get("/api/v1/offices/H99.01/appointment")
                        .param("receivedAt", "2026-02-12T10:00").param("amount", "3").param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clockStartsAt").value("2026-02-12T10:00:00+07:00"))
                .andExpect(jsonPath("$.dueAt").value("2026-02-24T17:00:00+07:00"))
                .andExpect(jsonPath("$.daysCounted").value(3))
                .andExpect(jsonPath("$.countedDays", contains("2026-02-13", "2026-02-23", "2026-02-24")))
                .andExpect(jsonPath("$.convention").value("CIVIL_CODE"));
    }

    @ParameterizedTest(name = "{0} {1} {2} cutoff {3}: due {4}")
    @CsvSource(nullValues = "-", value = {
            "2026-03-10T14:59, -, SAME_DAY, 15:00, 2026-03-10T17:00:00+07:00",
            "2026-03-10T15:00, -, SAME_DAY, 15:00, 2026-03-11T17:00:00+07:00",
            "2026-03-10T10:00, 1.5, WORKING_HOURS, -, 2026-03-10T11:30:00+07:00",
            "2026-03-02T10:00, 5, CALENDAR_DAYS, -, 2026-03-09T17:00:00+07:00",
            "2026-03-10T03:00Z, 1, WORKING_DAYS, -, 2026-03-11T17:00:00+07:00",   // 10:00 in Vietnam
            "2026-03-10T22:00+07:00, 1, WORKING_DAYS, -, 2026-03-12T17:00:00+07:00",
    })
    void every_unit_is_computed_by_the_calendar(String receivedAt, String amount, String unit, String cutoff,
            String due) throws Exception {
        var request = get("/api/v1/offices/H99.02/appointment").param("receivedAt", receivedAt).param("unit", unit);
        if (amount != null) {
            request.param("amount", amount);
        }
        if (cutoff != null) {
            request.param("cutoff", cutoff);
        }
        mvc.perform(request).andExpect(status().isOk()).andExpect(jsonPath("$.dueAt").value(due));
    }

    @Test
    void the_calendar_says_why_each_day_is_worked_or_not() throws Exception {
        mvc.perform(get("/api/v1/offices/H99.01/calendar").param("from", "2026-02-13").param("to", "2026-02-16"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days", hasSize(4)))
                .andExpect(jsonPath("$.days[0].working").value(true))
                .andExpect(jsonPath("$.days[0].sessions[0].start").value("07:30"))
                .andExpect(jsonPath("$.days[0].sessions[1].end").value("17:00"))
                .andExpect(jsonPath("$.days[1].kind").value("WEEKEND"))
                .andExpect(jsonPath("$.days[3].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[3].reason").value("Tết Nguyên đán Bính Ngọ"));
        mvc.perform(get("/api/v1/offices/H99.01/calendar").param("from", "2026-01-10").param("to", "2026-01-10"))
                .andExpect(jsonPath("$.days[0].kind").value("MAKE_UP_DAY"))
                .andExpect(jsonPath("$.days[0].working").value(true));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "receivedAt=2026-02-30T10:00&amount=3&unit=WORKING_DAYS | receivedAt",
            "receivedAt=yesterday&amount=3&unit=WORKING_DAYS        | receivedAt",
            "amount=3&unit=WORKING_DAYS                             | receivedAt",
            "receivedAt=2026-02-12T10:00&unit=WORKING_DAYS          | amount",
            "receivedAt=2026-02-12T10:00&amount=-1&unit=WORKING_DAYS| amount",
            "receivedAt=2026-02-12T10:00&amount=0&unit=WORKING_DAYS | amount",
            "receivedAt=2026-02-12T10:00&amount=2.5&unit=WORKING_DAYS | amount",
            "receivedAt=2026-02-12T10:00&amount=99999999999999999999&unit=WORKING_DAYS | amount",
            "receivedAt=2026-02-12T10:00&amount=1.0001&unit=WORKING_HOURS | amount",
            "receivedAt=2026-02-12T10:00&amount=3&unit=FORTNIGHTS   | unit",
            "receivedAt=2026-02-12T10:00&amount=3                   | unit",
            "receivedAt=2026-02-12T10:00&unit=SAME_DAY&cutoff=25:00 | cutoff",
            "receivedAt=2026-02-12T10:00&amount=3&unit=WORKING_DAYS&cutoff=15:00 | cutoff",
    })
    void bad_appointment_parameters_answer_problem_details_naming_the_parameter(String query, String parameter)
            throws Exception {
        mvc.perform(get("/api/v1/offices/H99.01/appointment?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "from=2026-02-01               | to",
            "from=2026-02-31&to=2026-03-01 | from",
            "from=2026-03-01&to=2026-02-01 | to",
            "from=2025-01-01&to=2026-12-31 | to",
    })
    void bad_calendar_parameters_answer_problem_details(String query, String parameter) throws Exception {
        mvc.perform(get("/api/v1/offices/H99.01/calendar?" + query))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    @Test
    void an_unknown_office_answers_404_and_a_malformed_code_400() throws Exception {
        mvc.perform(get("/api/v1/offices/H98.77/calendar").param("from", "2026-02-01").param("to", "2026-02-02"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/offices/H99..01/calendar").param("from", "2026-02-01").param("to", "2026-02-02"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("officeCode"));
    }

    @Test
    void the_openapi_description_documents_both_endpoints_without_sign_in() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/offices/{officeCode}/appointment'].get.parameters[*].name",
                        org.hamcrest.Matchers.hasItems("officeCode", "receivedAt", "amount", "unit", "cutoff")))
                .andExpect(jsonPath("$.paths['/api/v1/offices/{officeCode}/calendar'].get.responses['404']").exists())
                .andExpect(jsonPath("$.paths['/quan-tri/lich/{code}']").doesNotExist());
    }
}
