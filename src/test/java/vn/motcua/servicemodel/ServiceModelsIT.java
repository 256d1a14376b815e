package vn.motcua.servicemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.ServiceModelKind;
import vn.motcua.support.DatabaseTest;

/**
 * The demo offices' service models at work: the appointment API with a procedure code, the admin screen, the duty
 * roster with its warning, and the public office page. 2026-12-03 is a Thursday, 2026-12-07 a Monday.
 */
@DatabaseTest
class ServiceModelsIT {

    static final String APPOINTMENT = "/api/v1/offices/{office}/appointment";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ServiceModels models;
    @Autowired
    WorkingCalendars calendars;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void thursday_at_1730_ba_vi_receives_in_its_ninth_hour_and_the_dossier_is_due_a_day_before_the_plain_office() throws Exception {
        mvc.perform(get(APPOINTMENT, "H99.04").param("receivedAt", "2026-12-03T17:30").param("procedureCode", "1.004873"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clockStartsAt").value(startsWith("2026-12-03T17:30")))
                .andExpect(jsonPath("$.dueAt").value(startsWith("2026-12-08T17:00")))
                .andExpect(jsonPath("$.models[0].name").value("Giờ làm việc thứ 9"))
                .andExpect(jsonPath("$.legalTime.unit").value("WORKING_DAYS"));
        mvc.perform(get(APPOINTMENT, "H99.01").param("receivedAt", "2026-12-03T17:30").param("procedureCode", "1.004873"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clockStartsAt").value(startsWith("2026-12-04T07:30")))
                .andExpect(jsonPath("$.dueAt").value(startsWith("2026-12-09T17:00")))
                .andExpect(jsonPath("$.models").isEmpty());
    }

    @Test
    void monday_at_vinh_thanh_a_justice_dossier_is_due_the_same_day_another_field_or_another_day_is_not() throws Exception {
        mvc.perform(get(APPOINTMENT, "H99.06").param("receivedAt", "2026-12-07T10:00").param("procedureCode", "1.004873"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueAt").value(startsWith("2026-12-07T")))
                .andExpect(jsonPath("$.appliedTime.unit").value("SAME_DAY"))
                .andExpect(jsonPath("$.models[0].kind").value("NO_APPOINTMENT_DAY"));
        mvc.perform(get(APPOINTMENT, "H99.06").param("receivedAt", "2026-12-07T10:00").param("procedureCode", "1.004194"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueAt").value(not(startsWith("2026-12-07T"))))
                .andExpect(jsonPath("$.models").isEmpty());
        mvc.perform(get(APPOINTMENT, "H99.06").param("receivedAt", "2026-12-08T10:00").param("procedureCode", "1.004873"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueAt").value(not(startsWith("2026-12-08T"))))
                .andExpect(jsonPath("$.appliedTime.unit").value("WORKING_DAYS"));
        mvc.perform(get(APPOINTMENT, "H99.06").param("receivedAt", "2026-12-07T10:00").param("procedureCode", "abc"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("procedureCode")));
        mvc.perform(get(APPOINTMENT, "H99.06").param("receivedAt", "2026-12-07T10:00").param("procedureCode", "9.999999"))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_administrator_switches_a_model_on_from_a_date_and_ends_it_with_errors_beside_the_fields() throws Exception {
        LocalDate start = models.today().plusDays(60).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        mvc.perform(post("/quan-tri/mo-hinh").with(csrf()).with(as("quantri.02")).param("kind", "SATURDAY_RECEPTION")
                        .param("publicName", "Tiếp nhận sáng thứ Bảy").param("validFrom", start.toString())
                        .param("starts", "7 giờ").param("ends", "11:30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Nhập giờ dạng 17:00.")));
        mvc.perform(post("/quan-tri/mo-hinh").with(csrf()).with(as("quantri.02")).param("kind", "SATURDAY_RECEPTION")
                        .param("publicName", "Tiếp nhận sáng thứ Bảy").param("validFrom", "2020-01-04")
                        .param("starts", "07:30").param("ends", "11:30"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mô hình mới áp dụng từ hôm nay trở đi.")));
        mvc.perform(post("/quan-tri/mo-hinh").with(csrf()).with(as("lanhdao.02")).param("kind", "QR_SURVEY")
                        .param("publicName", "QR").param("validFrom", start.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/quan-tri/mo-hinh").with(csrf()).with(as("quantri.02")).param("kind", "SATURDAY_RECEPTION")
                        .param("publicName", "Tiếp nhận sáng thứ Bảy").param("validFrom", start.toString())
                        .param("starts", "07:30").param("ends", "11:30"))
                .andExpect(status().is3xxRedirection());
        var saturday = models.of(AgencyCode.of("H99.02")).stream()   // the one just switched on (not an earlier run's)
                .filter(m -> m.kind() == ServiceModelKind.SATURDAY_RECEPTION && m.validFrom().equals(start) && m.validUntil() == null)
                .findFirst().orElseThrow();
        assertThat(calendars.of(AgencyCode.of("H99.02")).orElseThrow().day(start).isWorking()).isTrue();
        assertThat(calendars.of(AgencyCode.of("H99.02")).orElseThrow().day(start.minusDays(7)).isWorking()).isFalse();
        mvc.perform(post("/quan-tri/mo-hinh/{id}/ket-thuc", saturday.id()).with(csrf()).with(as("quantri.02"))
                        .param("lastDay", start.plusDays(7).toString()))
                .andExpect(flash().attribute("saved", true));
        assertThat(calendars.of(AgencyCode.of("H99.02")).orElseThrow().day(start.plusDays(14)).isWorking()).isFalse();
        mvc.perform(post("/quan-tri/mo-hinh/{id}/ket-thuc", saturday.id()).with(csrf()).with(as("quantri.03"))
                        .param("lastDay", start.plusDays(7).toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_model_day_without_a_leader_is_flagged_on_the_home_page_until_a_leader_of_the_office_is_assigned() throws Exception {
        LocalDate monday = models.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        long model = models.of(AgencyCode.of("H99.06")).stream()
                .filter(m -> m.kind() == ServiceModelKind.NO_APPOINTMENT_DAY).findFirst().orElseThrow().id();
        String date = String.format("%02d/%02d/%d", monday.getDayOfMonth(), monday.getMonthValue(), monday.getYear());
        // given no leader on duty that Monday (an earlier run on this database may have assigned one)
        mvc.perform(post("/lich-truc").with(csrf()).with(as("lanhdao.06")).param("model", String.valueOf(model))
                        .param("day", monday.toString()).param("leader", "").param("people", ""))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/").with(as("lanhdao.06")))
                .andExpect(content().string(containsString("data-testid=\"missing-leaders\"")))
                .andExpect(content().string(containsString(date)));
        mvc.perform(post("/lich-truc").with(csrf()).with(as("lanhdao.06")).param("model", String.valueOf(model))
                        .param("day", monday.toString()).param("leader", "tiepnhan.06"))
                .andExpect(flash().attribute("rosterError", "roster.leader"));
        mvc.perform(post("/lich-truc").with(csrf()).with(as("tiepnhan.06")).param("model", String.valueOf(model))
                        .param("day", monday.toString()).param("leader", "lanhdao.06"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/lich-truc").with(csrf()).with(as("lanhdao.06")).param("model", String.valueOf(model))
                        .param("day", monday.toString()).param("leader", "lanhdao.06").param("people", "Đoàn Thanh niên xã"))
                .andExpect(flash().attribute("saved", true));
        mvc.perform(get("/").with(as("quantri.06"))).andExpect(content().string(not(containsString(date))));
        mvc.perform(get("/lich-truc/in").param("tuan", monday.toString()).with(as("tiepnhan.06")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hẹn")))
                .andExpect(content().string(containsString("Đoàn Thanh niên xã")));
    }

    @Test
    void the_public_office_page_tells_the_hours_and_models_in_plain_words() throws Exception {
        mvc.perform(get("/don-vi/H99.04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Giờ làm việc thứ 9")))
                .andExpect(content().string(containsString("Thứ Năm hằng tuần làm việc thêm từ 17:00 đến 18:00.")));
        mvc.perform(get("/don-vi/H99.03"))
                .andExpect(content().string(containsString("Thứ Hai và Thứ Sáu hằng tuần mở cửa từ 07:00.")));
        mvc.perform(get("/don-vi/H99.77")).andExpect(status().isNotFound());
        mvc.perform(get("/don-vi/<script>")).andExpect(status().isNotFound());
        // where and how to reach the desk, with a map of the address
        mvc.perform(get("/don-vi/H99.02"))
                .andExpect(content().string(containsString("Địa chỉ và liên hệ")))
                .andExpect(content().string(containsString("Trụ sở Phường Hồng Hà (TP Hạ Long)")))
                .andExpect(content().string(containsString("https://www.openstreetmap.org/search?query=Tr%E1%BB%A5+s%E1%BB%9F")))
                .andExpect(content().string(containsString("href=\"tel:012345670")))
                .andExpect(content().string(containsString("Đường dây nóng")));
    }

    @Test
    void citizens_find_the_offices_without_signing_in() throws Exception {
        mvc.perform(get("/don-vi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Thụy Khuê (quận Tây Hồ)")))
                .andExpect(content().string(containsString("href=\"/don-vi/H99.05\"")));
        mvc.perform(get("/don-vi").param("q", "thuy khue"))
                .andExpect(content().string(containsString("Phường Thụy Khuê (quận Tây Hồ)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Xã An Tân"))));
        mvc.perform(get("/don-vi").param("q", "x".repeat(5000))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị nào.")));
    }

    @Test
    void leaders_read_the_statistics_by_model_and_receptionists_do_not() throws Exception {
        mvc.perform(get("/thong-ke/mo-hinh").with(as("lanhdao.06")).param("tu", "2024-01-01").param("den", "2026-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hẹn")))
                .andExpect(content().string(containsString("So sánh 90 ngày trước và sau khi áp dụng mô hình")));
        mvc.perform(get("/thong-ke/mo-hinh").with(as("lanhdao.06")).param("tu", "31/12/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Khoảng thời gian không hợp lệ")));
        mvc.perform(get("/thong-ke/mo-hinh").with(as("tiepnhan.06"))).andExpect(status().isForbidden());
    }
}
