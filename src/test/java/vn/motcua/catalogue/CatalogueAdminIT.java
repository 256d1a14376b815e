package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditTrail;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.support.DatabaseTest;

/**
 * Editing a procedure makes a new dated version (top-level administrators only); an office's
 * administrator says whether the office receives it and which agency decides it. Uses 2.000815 (the
 * certification of copies) and H99.04.
 */
@DatabaseTest
class CatalogueAdminIT {

    static final String PAGE = "/quan-tri/thu-tuc/2.000815";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Catalogue catalogue;

    @Autowired
    AuditTrail audit;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private MockHttpServletRequestBuilder edit(LocalDate from, String targetAmount, String steps) {
        return edit(from.toString(), targetAmount, steps);
    }

    private MockHttpServletRequestBuilder edit(String from, String targetAmount, String steps) {
        return post(PAGE).with(csrf()).param("effectiveFrom", from)
                .param("name", "Chứng thực bản sao từ bản chính giấy tờ, văn bản")
                .param("field", "Chứng thực").param("level", "COMMUNE")
                .param("legalAmount", "").param("legalUnit", "SAME_DAY").param("cutoff", "15:00")
                .param("targetAmount", targetAmount).param("targetUnit", targetAmount.isEmpty() ? "" : "WORKING_HOURS")
                .param("channels", "COUNTER").param("feeVnd", "2000").param("feeNote", "2.000 đồng/trang")
                .param("steps", steps).param("documents", "Bản chính | ORIGINAL_TO_SHOW | 1\nBản sao | COPY | 1")
                .param("results", "Bản sao được chứng thực").param("legalBasis", "Nghị định 23/2015/NĐ-CP");
    }

    @Test
    void a_new_version_starts_on_its_date_and_the_old_one_still_applies_before() throws Exception {
        LocalDate from = catalogue.today().plusDays(10);
        var before = catalogue.versionOn(ProcedureCode.of("2.000815"), catalogue.today()).orElseThrow();
        mvc.perform(edit(from, "", "Tiếp nhận, đối chiếu | Bộ phận Một cửa | 0,5\nKý chứng thực | Lãnh đạo UBND | 1")
                        .param("supplementWindowDays", "5").with(as("quantri.nhom")))
                .andExpect(redirectedUrl(PAGE));
        var after = catalogue.versionOn(ProcedureCode.of("2.000815"), from).orElseThrow();
        assertThat(after.steps()).hasSize(2);
        assertThat(after.steps().get(0).hours()).isEqualByComparingTo("0.5");
        assertThat(after.fees().getFirst().amountVnd()).isEqualTo(2000);
        assertThat(after.form()).isEqualTo(before.form());
        assertThat(after.supplementWindowDays()).isEqualTo(5);
        assertThat(catalogue.versionOn(ProcedureCode.of("2.000815"), from.minusDays(1))).contains(before);
        assertThat(audit.about("procedure:2.000815", 3)).anySatisfy(e -> assertThat(e.actor()).isEqualTo("quantri.nhom"));
    }

    @Test
    void bad_lines_and_a_past_date_are_explained_next_to_their_boxes_and_nothing_is_saved() throws Exception {
        int versions = catalogue.find(ProcedureCode.of("2.000815")).orElseThrow().versions().size();
        mvc.perform(edit(catalogue.today().minusDays(1), "", "Tiếp nhận | Một cửa").with(as("quantri.nhom")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiên bản mới áp dụng từ hôm nay trở đi")));
        mvc.perform(edit(catalogue.today().plusDays(3), "", "Tiếp nhận | Một cửa").with(as("quantri.nhom")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng 1: ghi &quot;Tên bước | Người hoặc bộ phận thực hiện | Số giờ làm việc&quot;.")));
        mvc.perform(edit(catalogue.today().plusDays(3), "", "").param("supplementWindowDays", "ba").with(as("quantri.nhom")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thời hạn yêu cầu bổ sung là số ngày làm việc từ 1 đến 30 (nhập: ba).")));
        assertThat(catalogue.find(ProcedureCode.of("2.000815")).orElseThrow().versions()).hasSize(versions);
    }

    @Test
    void a_missing_or_malformed_date_is_explained_not_a_server_error() throws Exception {
        for (String date : new String[] {"", "23/11/2026", "2026-13-45"}) {
            mvc.perform(edit(date, "", "").with(as("quantri.nhom")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"effectiveFrom-error\" class=\"invalid-feedback\">")));
        }
    }

    @Test
    void a_service_target_for_a_same_day_procedure_must_be_same_day_too() throws Exception {
        mvc.perform(edit(catalogue.today().plusDays(4), "4", "").with(as("quantri.nhom")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thời hạn phục vụ nội bộ phải ngắn hơn hoặc bằng thời hạn luật định")));
        assertThat(catalogue.versionOn(ProcedureCode.of("2.000815"), catalogue.today().plusDays(4)).orElseThrow().serviceTarget())
                .isNull();
    }

    @Test
    void an_office_administrator_sees_the_procedure_read_only_and_may_not_post_a_version() throws Exception {
        mvc.perform(get(PAGE).with(as("quantri.04")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<fieldset disabled=\"disabled\">")));
        mvc.perform(edit(catalogue.today().plusDays(5), "", "").with(as("quantri.04")))
                .andExpect(status().isForbidden());
        mvc.perform(edit(catalogue.today().plusDays(5), "", "").with(as("tiepnhan.04")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_office_names_the_competent_agency_of_a_procedure_it_receives_or_stops_receiving_it() throws Exception {
        mvc.perform(post(PAGE + "/tiep-nhan").with(csrf()).with(as("quantri.04")).param("offered", "true")
                        .param("competentAgency", "UBND huyện Ba Vì"))
                .andExpect(redirectedUrl(PAGE));
        assertThat(catalogue.offering(AgencyCode.of("H99.04"), ProcedureCode.of("2.000815")))
                .hasValueSatisfying(o -> assertThat(o.competentAgency()).isEqualTo("UBND huyện Ba Vì"));
        assertThat(catalogue.offering(AgencyCode.of("H99.03"), ProcedureCode.of("2.000815")))
                .hasValueSatisfying(o -> assertThat(o.competentAgency()).isEmpty());
        mvc.perform(post(PAGE + "/tiep-nhan").with(csrf()).with(as("quantri.04")).param("competentAgency", ""))
                .andExpect(redirectedUrl(PAGE));
        assertThat(catalogue.offering(AgencyCode.of("H99.04"), ProcedureCode.of("2.000815"))).isEmpty();
        mvc.perform(post(PAGE + "/tiep-nhan").with(csrf()).with(as("quantri.04")).param("offered", "true"))
                .andExpect(redirectedUrl(PAGE));
    }

    @Test
    void the_admin_list_filters_to_the_office_and_searches_without_diacritics() throws Exception {
        mvc.perform(get("/quan-tri/thu-tuc").param("q", "chung thuc ban sao").with(as("quantri.05")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2.000815")));
    }
}
