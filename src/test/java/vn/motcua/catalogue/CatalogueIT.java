package vn.motcua.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
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

/** The seed catalogue, the public JSON API and the public pages, without sign-in. */
@DatabaseTest
class CatalogueIT {

    @Autowired
    MockMvc mvc;

    @Test
    void the_seed_catalogue_holds_at_least_40_commune_procedures_offered_by_the_demo_offices() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("office", "H99.03").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", greaterThanOrEqualTo(40)));
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "dang ky khai sinh, 1.001193",
            "Đăng ký khai sinh, 1.001193",
            "KHAI SINH, 1.001193",
            "chung thuc chu ky, 2.000884",
            "1.000894, 1.000894",
            "ho kinh doanh thanh lap, 1.001612",
    })
    void search_works_without_diacritics_and_by_code(String q, String code) throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", q))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem(code)));
    }

    @Test
    void a_search_item_carries_code_name_field_and_legal_time() throws Exception {
        mvc.perform(get("/api/v1/procedures").param("q", "xac nhan tinh trang hon nhan").param("field", "Hộ tịch"))
                .andExpect(jsonPath("$.items[0].code").value("1.004873"))
                .andExpect(jsonPath("$.items[0].name").value("Cấp Giấy xác nhận tình trạng hôn nhân"))
                .andExpect(jsonPath("$.items[0].field").value("Hộ tịch"))
                .andExpect(jsonPath("$.items[0].legalTime.amount").value(3))
                .andExpect(jsonPath("$.items[0].legalTime.unit").value("WORKING_DAYS"));
    }

    @Test
    void the_full_record_has_documents_steps_fees_and_the_declaration_form() throws Exception {
        mvc.perform(get("/api/v1/procedures/1.001193"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalTime.unit").value("SAME_DAY"))
                .andExpect(jsonPath("$.legalTime.cutoff").value("15:00"))
                .andExpect(jsonPath("$.documents[0].name").value("Tờ khai đăng ký khai sinh theo mẫu"))
                .andExpect(jsonPath("$.steps.length()").value(4))
                .andExpect(jsonPath("$.fees[0].amountVnd").value(0))
                .andExpect(jsonPath("$.form[?(@.key == 'declarantIdNumber')].applicantSource").value("idNumber"))
                .andExpect(jsonPath("$.verification").exists());
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/procedures?page=-1        | page",
            "/api/v1/procedures?page=abc       | page",
            "/api/v1/procedures?size=1000      | size",
            "/api/v1/procedures?office=H99..01 | office",
            "/api/v1/procedures/1.0011         | code",
    })
    void bad_parameters_answer_problem_details(String url, String parameter) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.parameter").value(parameter));
    }

    @Test
    void an_unknown_procedure_answers_404() throws Exception {
        mvc.perform(get("/api/v1/procedures/9.999999")).andExpect(status().isNotFound());
        mvc.perform(get("/thu-tuc/9.999999")).andExpect(status().isNotFound());
    }

    @Test
    void the_public_pages_need_no_sign_in_and_have_a_print_view() throws Exception {
        mvc.perform(get("/thu-tuc").param("q", "khai tu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng ký khai tử")));
        mvc.perform(get("/thu-tuc/1.000656"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giấy báo tử")));
        mvc.perform(get("/thu-tuc/1.000656/in"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Niêm yết công khai thủ tục hành chính")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("navbar"))));
    }

    @Test
    void odd_page_input_never_fails() throws Exception {
        mvc.perform(get("/thu-tuc").param("q", "%_\\'\"<script>").param("office", "không-phải-mã").param("page", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
    }
}
