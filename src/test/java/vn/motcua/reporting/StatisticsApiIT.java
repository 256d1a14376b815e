package vn.motcua.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.DatabaseTest;

/**
 * The statistics API reads the counters: Hồng Hà's 2021 history as the demo loads it (12,432 early or on time, 7 late)
 * gives 99.94 %; access follows the agency tree; bad parameters are problems, not errors.
 */
@DatabaseTest
class StatisticsApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    vn.motcua.demo.history.HistoryLoader loader;

    @Test
    void the_on_time_rate_is_given_with_two_decimals_and_access_follows_the_agency_tree() throws Exception {
        // Hồng Hà's 2021 as the demo loads it (HistoryIT checks the rest of it)
        vn.motcua.demo.history.DemoHistoryFixture.hongHa2021(loader);
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2021-01-01").param("to", "2021-12-31")
                        .with(httpBasic("lanhdao.02", "MotCua@2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(12439)).andExpect(jsonPath("$.finished").value(12439))
                .andExpect(jsonPath("$.early").value(org.hamcrest.Matchers.greaterThan(1000)))
                .andExpect(jsonPath("$.late").value(7)).andExpect(jsonPath("$.onTimeRate").value(99.94));
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2021-01-01").param("to", "2021-12-31")
                .with(httpBasic("quantri.nhom", "MotCua@2026"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2021-01-01").param("to", "2021-12-31")
                .with(httpBasic("lanhdao.03", "MotCua@2026"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2020-01-01").param("to", "2020-12-31")
                        .with(httpBasic("lanhdao.02", "MotCua@2026")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.onTimeRate").doesNotExist());
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2021-13-01").param("to", "2021-12-31")
                .with(httpBasic("lanhdao.02", "MotCua@2026"))).andExpect(status().isBadRequest());
        for (String[] ends : new String[][] {{"-999999999-01-01", "-999999999-12-31"}, {"+999999999-01-01", "+999999999-12-31"},
            {"0001-01-01", "0001-12-31"}}) {
            mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", ends[0]).param("to", ends[1])
                    .with(httpBasic("lanhdao.02", "MotCua@2026"))).andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2021-12-31").param("to", "2021-01-01")
                .with(httpBasic("lanhdao.02", "MotCua@2026"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/offices/H99.77/statistics").param("from", "2021-01-01").param("to", "2021-12-31")
                .with(httpBasic("lanhdao.02", "MotCua@2026"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2026-01-01")
                .param("to", "2026-01-31")).andExpect(status().isUnauthorized());
    }
}
