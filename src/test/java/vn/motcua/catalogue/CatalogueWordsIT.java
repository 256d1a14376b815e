package vn.motcua.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.reporting.ReportProjector;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.RunUnique;

/**
 * The catalogue search understands how people name things (synonyms kept as data an administrator extends), suggests
 * procedures when nothing matches every word, and shows the most requested procedures.
 */
@DatabaseTest
class CatalogueWordsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReportProjector projector;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void people_s_words_find_the_procedure() throws Exception {
        mvc.perform(get("/thu-tuc").param("q", "giấy khai sinh")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng ký khai sinh")))
                .andExpect(content().string(containsString("Đã tìm theo: khai sinh")));
        mvc.perform(get("/thu-tuc").param("q", "xac nhan doc than"))
                .andExpect(content().string(containsString("Cấp Giấy xác nhận tình trạng hôn nhân")));
        mvc.perform(get("/thu-tuc").param("q", "đăng kí kết hôn"))
                .andExpect(content().string(containsString("Đăng ký kết hôn")));
        // an extra word ("làm … cho con") finds nothing with every word: the closest procedures are suggested
        mvc.perform(get("/thu-tuc").param("q", "làm thủ tục kết hôn cho con"))
                .andExpect(content().string(containsString("Có thể bạn cần")))
                .andExpect(content().string(containsString("Đăng ký kết hôn")));
    }

    @Test
    void the_most_requested_procedures_come_from_the_dossiers_received() throws Exception {
        Acceptance.at("H99.01", "tiepnhan").procedure("1.004873").applicant("Cù Thị Nga", "001195004340").code(mvc);
        projector.catchUp();
        mvc.perform(get("/thu-tuc")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thủ tục được yêu cầu nhiều nhất")))
                .andExpect(content().string(containsString("Cấp Giấy xác nhận tình trạng hôn nhân")));
    }

    @Test
    void the_province_administrator_adds_a_synonym_and_every_search_understands_it() throws Exception {
        String word = "zq" + RunUnique.suffix().toLowerCase().replaceAll("[^a-z0-9]", "");
        mvc.perform(get("/thu-tuc").param("q", word)).andExpect(content().string(not(containsString("Đăng ký khai tử"))));
        mvc.perform(post("/quan-tri/tu-dong-nghia").param("phrase", word).param("means", "khai tử").with(as("quantri")).with(csrf()))
                .andExpect(status().isForbidden()); // an office administrator does not keep the province's catalogue
        mvc.perform(post("/quan-tri/tu-dong-nghia").param("phrase", word).param("means", "khai tử").with(as("quantri.nhom")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", "added"));
        mvc.perform(get("/thu-tuc").param("q", word)).andExpect(content().string(containsString("Đăng ký khai tử")));
        mvc.perform(post("/quan-tri/tu-dong-nghia").param("phrase", word).param("means", "khai sinh").with(as("quantri.nhom")).with(csrf()))
                .andExpect(flash().attribute("error", "synonym.taken"));
        mvc.perform(post("/quan-tri/tu-dong-nghia").param("phrase", "   ").param("means", "x".repeat(5000)).with(as("quantri.nhom")).with(csrf()))
                .andExpect(flash().attribute("error", "synonym.required"));
        mvc.perform(get("/quan-tri/tu-dong-nghia").with(as("quantri.nhom"))).andExpect(content().string(containsString(word)));
        mvc.perform(post("/quan-tri/tu-dong-nghia/xoa").param("phrase", word).with(as("quantri.nhom")).with(csrf()))
                .andExpect(flash().attribute("done", "removed"));
        mvc.perform(get("/thu-tuc").param("q", word)).andExpect(content().string(not(containsString("Đăng ký khai tử"))));
    }
}
