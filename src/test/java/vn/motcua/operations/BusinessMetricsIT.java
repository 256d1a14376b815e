package vn.motcua.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/** The business figures an operator scrapes from /actuator/prometheus, and that they move with the work. */
@DatabaseTest
class BusinessMetricsIT {

    @Autowired
    MockMvc mvc;

    private String scrape() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("quantri", Acceptance.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
    }

    private static double value(String scrape, String series) {
        var line = Pattern.compile("^" + Pattern.quote(series) + " ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(line.find()).as(series + " in the scrape").isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void acceptances_overdue_dossiers_the_outbox_the_projector_and_refused_lookups_are_published() throws Exception {
        double before = value(scrape(), "motcua_dossiers_accepted_total");
        Acceptance.at("H99.02", "tiepnhan.02").code(mvc);
        String after = scrape();
        assertThat(value(after, "motcua_dossiers_accepted_total")).isEqualTo(before + 1);
        assertThat(value(after, "motcua_dossiers_overdue")).isGreaterThanOrEqualTo(0);
        assertThat(value(after, "motcua_outbox_backlog")).isGreaterThanOrEqualTo(0);
        assertThat(value(after, "motcua_projector_backlog")).isGreaterThanOrEqualTo(0);
        assertThat(after).contains("motcua_lookups_refused_total{reason=\"rate\"}")
                .contains("motcua_lookups_refused_total{reason=\"attempts\"}");
    }
}
