package vn.motcua.calendar;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.support.DatabaseTest;

/**
 * Administrators edit an office's calendar and the national days through the pages; each edit is
 * checked, audited and seen at once by the appointment API. Uses H99.06 and the year 2031, which no
 * other test relies on.
 */
@DatabaseTest
class CalendarAdminIT {

    private static final String PAGE = "/quan-tri/lich/H99.06";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    WorkingCalendars calendars;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private int version() {
        return calendars.settings(AgencyCode.of("H99.06")).orElseThrow().version();
    }

    @Test
    void the_page_shows_the_month_grid_with_holiday_names_and_the_try_it_result() throws Exception {
        mvc.perform(get(PAGE).with(as("quantri.06")).param("receivedAt", "2026-02-12T10:00").param("amount", "3")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tết Nguyên đán Bính Ngọ")))
                .andExpect(content().string(containsString("data-date=\"2026-02-24\" data-kind=\"WORKING_DAY\" data-counted=\"true\"")))
                .andExpect(content().string(containsString("data-date=\"2026-02-13\" data-kind=\"WORKING_DAY\" data-counted=\"true\"")))
                .andExpect(content().string(containsString("data-date=\"2026-02-16\" data-kind=\"HOLIDAY\" data-counted=\"false\"")))
                .andExpect(content().string(containsString("17:00 24/02/2026")));
    }

    @Test
    void a_bad_try_it_input_is_explained_next_to_the_field() throws Exception {
        mvc.perform(get(PAGE).with(as("quantri.06")).param("receivedAt", "2026-02-12T10:00").param("amount", "ba")
                        .param("unit", "WORKING_DAYS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập thời hạn: số ngày nguyên")));
    }

    @Test
    void administrators_manage_only_their_own_office_tree() throws Exception {
        mvc.perform(get("/quan-tri/lich/H99.01").with(as("quantri.06"))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE).with(as("lanhdao.06"))).andExpect(status().isForbidden());
        mvc.perform(get("/quan-tri/lich/H98.77").with(as("quantri.06"))).andExpect(status().isNotFound());
        mvc.perform(get(PAGE).with(as("quantri.nhom"))).andExpect(status().isOk());
        mvc.perform(post("/quan-tri/lich/H99.01/buoi-them").with(as("quantri.06")).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unreadable_session_is_refused_next_to_its_field_and_nothing_changes() throws Exception {
        int before = version();
        mvc.perform(post(PAGE + "/gio-lam-viec").with(as("quantri.06")).with(csrf())
                        .param("version", String.valueOf(before)).param("monday", "07:30-11:30, 11:00-17:00")
                        .param("tuesday", "7h30-11h30").param("wednesday", "sáng").param("thursday", "")
                        .param("friday", "").param("saturday", "").param("sunday", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"monday-error\"")))
                .andExpect(content().string(containsString("các buổi không chồng lên nhau")))
                .andExpect(content().string(not(containsString("id=\"tuesday-error\""))));
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void dates_are_typed_day_first_in_text_fields_never_in_the_browsers_date_control() throws Exception {
        mvc.perform(get(PAGE).with(as("quantri.06"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("type=\"date\""))))
                .andExpect(content().string(not(containsString("type=\"time\""))));
        mvc.perform(post(PAGE + "/ngay").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(version()))
                        .param("date", "13/13/2031").param("kind", "CLOSURE").param("name", "Nghỉ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập ngày theo ngày/tháng/năm")))
                .andExpect(content().string(containsString("href=\"#date\"")));
    }

    @Test
    void an_extra_session_is_saved_audited_and_used_by_the_api_at_once() throws Exception {
        mvc.perform(post(PAGE + "/buoi-them").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(version()))
                        .param("label", "Giờ làm việc thứ 9").param("weekdays", "4").param("start", "17:00")
                        .param("end", "18:00").param("from", "2031-01-01"))
                .andExpect(redirectedUrl(PAGE));
        // Thursday 2031-03-06 10:00 + 6 working hours: 5 h until 17:00, then the 9th hour until 18:00
        // (without it: Friday 08:30).
        mvc.perform(get("/api/v1/offices/H99.06/appointment").param("receivedAt", "2031-03-06T10:00")
                        .param("amount", "6").param("unit", "WORKING_HOURS"))
                .andExpect(jsonPath("$.dueAt").value("2031-03-06T18:00:00+07:00"));
        assertThat(audit.about("calendar:H99.06", 5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("quantri.06");
            assertThat(e.detail()).contains("Giờ làm việc thứ 9");
        });
    }

    @Test
    void an_edit_against_an_outdated_version_is_refused() throws Exception {
        mvc.perform(post(PAGE + "/ngay").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(version()))
                        .param("date", "2031-06-03").param("kind", "CLOSURE").param("name", "Diễn tập phòng cháy"))
                .andExpect(redirectedUrl(PAGE));
        int seen = version() - 1;
        mvc.perform(post(PAGE + "/ngay").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(seen))
                        .param("date", "2031-06-04").param("kind", "CLOSURE").param("name", "Sửa chữa trụ sở"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch vừa được người khác sửa")));
        mvc.perform(get("/api/v1/offices/H99.06/calendar").param("from", "2031-06-03").param("to", "2031-06-04"))
                .andExpect(jsonPath("$.days[0].kind").value("CLOSURE"))
                .andExpect(jsonPath("$.days[1].kind").value("WORKING_DAY"));
    }

    @Test
    void an_office_is_never_left_without_working_time() throws Exception {
        mvc.perform(post(PAGE + "/gio-lam-viec").with(as("quantri.06")).with(csrf())
                        .param("version", String.valueOf(version())).param("monday", "").param("tuesday", "")
                        .param("wednesday", "").param("thursday", "").param("friday", "").param("saturday", "")
                        .param("sunday", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không còn giờ làm việc")));
    }

    @Test
    void only_the_top_level_administrator_edits_national_days_and_each_change_needs_a_reason() throws Exception {
        mvc.perform(get("/quan-tri/ngay-le").with(as("quantri"))).andExpect(status().isForbidden());
        mvc.perform(post("/quan-tri/ngay-le").with(as("quantri.nhom")).with(csrf())
                        .param("date", "2031-03-02").param("kind", "DAY_OFF").param("name", "Nghỉ thử").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập mục này")));
        mvc.perform(post("/quan-tri/ngay-le").with(as("quantri.nhom")).with(csrf())
                        .param("date", "2031-03-03").param("kind", "DAY_OFF").param("name", "Nghỉ đặc biệt")
                        .param("reason", "Thông báo số 01/TB"))
                .andExpect(redirectedUrl("/quan-tri/ngay-le?year=2031"));
        mvc.perform(get("/api/v1/offices/H99.05/calendar").param("from", "2031-03-03").param("to", "2031-03-03"))
                .andExpect(jsonPath("$.days[0].reason").value("Nghỉ đặc biệt"));
        mvc.perform(post("/quan-tri/ngay-le/xoa").with(as("quantri.nhom")).with(csrf())
                        .param("date", "2031-03-03").param("reason", "Nhập nhầm"))
                .andExpect(redirectedUrl("/quan-tri/ngay-le?year=2031"));
        mvc.perform(get("/api/v1/offices/H99.05/calendar").param("from", "2031-03-03").param("to", "2031-03-03"))
                .andExpect(jsonPath("$.days[0].kind").value("WORKING_DAY"));
        assertThat(audit.about("national-day:2031-03-03", 5)).extracting(e -> e.detail())
                .anySatisfy(d -> assertThat(d).contains("removed").contains("Nhập nhầm"))
                .anySatisfy(d -> assertThat(d).contains("added").contains("Thông báo số 01/TB"));
    }

    @Test
    void a_future_years_holidays_are_proposed_and_applied_only_when_confirmed() throws Exception {
        // given 2031's Tết not applied yet (an earlier run on this database applied it): removed, with a reason
        for (String day : List.of("2031-01-23", "2031-01-24")) {
            if (jdbc.sql("select exists (select 1 from national_day where day = cast(? as date))").param(day)
                    .query(Boolean.class).single()) {
                mvc.perform(post("/quan-tri/ngay-le/xoa").with(as("quantri.nhom")).with(csrf()).param("date", day)
                        .param("reason", "Kiểm thử chạy lại")).andExpect(status().is3xxRedirection());
            }
        }
        mvc.perform(get("/quan-tri/ngay-le/de-xuat").with(as("quantri.nhom")).param("year", "2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tết Nguyên đán Tân Hợi")))
                .andExpect(content().string(containsString("value=\"2031-01-23\"")));
        mvc.perform(get("/api/v1/offices/H99.05/calendar").param("from", "2031-01-23").param("to", "2031-01-23"))
                .andExpect(jsonPath("$.days[0].kind").value("WORKING_DAY"));
        mvc.perform(post("/quan-tri/ngay-le/de-xuat").with(as("quantri.nhom")).with(csrf()).param("year", "2031")
                        .param("dates", "2031-01-23", "2031-01-24").param("reason", "Xác nhận lịch nghỉ Tết 2031"))
                .andExpect(redirectedUrl("/quan-tri/ngay-le?year=2031"));
        mvc.perform(get("/api/v1/offices/H99.05/calendar").param("from", "2031-01-23").param("to", "2031-01-27"))
                .andExpect(jsonPath("$.days[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[1].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[4].kind").value("WORKING_DAY"));
    }

    @Test
    void oversized_names_notes_and_reasons_are_refused_next_to_the_field() throws Exception {
        int before = version();
        mvc.perform(post(PAGE + "/ngay").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(before))
                        .param("date", "2031-07-01").param("kind", "CLOSURE").param("name", "x".repeat(121))
                        .param("note", "y".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tối đa 120 ký tự")))
                .andExpect(content().string(containsString("Tối đa 500 ký tự")));
        mvc.perform(post(PAGE + "/buoi-them").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(before))
                        .param("label", "z".repeat(200)).param("weekdays", "4").param("start", "17:00")
                        .param("end", "18:00").param("from", "2031-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tối đa 120 ký tự")));
        assertThat(version()).isEqualTo(before);
        mvc.perform(post("/quan-tri/ngay-le").with(as("quantri.nhom")).with(csrf())
                        .param("date", "2031-03-05").param("kind", "DAY_OFF").param("name", "Nghỉ")
                        .param("reason", "r".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tối đa 500 ký tự")));
        mvc.perform(get("/api/v1/offices/H99.05/calendar").param("from", "2031-03-05").param("to", "2031-03-05"))
                .andExpect(jsonPath("$.days[0].kind").value("WORKING_DAY"));
    }

    @Test
    void a_saturday_session_asks_whether_it_counts_for_processing_before_it_is_saved() throws Exception {
        int before = version();
        var add = post(PAGE + "/buoi-them").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(before))
                .param("label", "Tiếp nhận sáng thứ Bảy").param("weekdays", "6").param("start", "07:30")
                .param("end", "11:30").param("from", "01/02/2031");
        mvc.perform(add).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"preview\"")))
                .andExpect(content().string(containsString("name=\"use\"")))
                .andExpect(content().string(containsString("Chỉ tiếp nhận hồ sơ")));
        assertThat(version()).as("nothing is saved by a preview").isEqualTo(before);
        // Confirmed without an answer: asked again, with the reason.
        mvc.perform(add.param("confirmed", "1")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn buổi này tính cho tiếp nhận hay cả giải quyết.")));
        assertThat(version()).isEqualTo(before);
        mvc.perform(post(PAGE + "/buoi-them").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(before))
                        .param("label", "Tiếp nhận sáng thứ Bảy").param("weekdays", "6").param("start", "07:30")
                        .param("end", "11:30").param("from", "01/02/2031").param("confirmed", "1").param("use", "RECEPTION_ONLY"))
                .andExpect(redirectedUrl(PAGE));
        // Received on Saturday 8 March 2031 at 09:00: the desk is open, the clock starts on Monday.
        mvc.perform(get("/api/v1/offices/H99.06/calendar").param("from", "2031-03-08").param("to", "2031-03-08"))
                .andExpect(jsonPath("$.days[0].working").value(false))
                .andExpect(jsonPath("$.days[0].receptionOnly[0].start").value("07:30"));
        mvc.perform(get("/api/v1/offices/H99.06/appointment").param("receivedAt", "2031-03-08T09:00")
                        .param("amount", "1").param("unit", "WORKING_DAYS"))
                .andExpect(jsonPath("$.dueAt").value("2031-03-11T17:00:00+07:00"));
        mvc.perform(get(PAGE).with(as("quantri.06")).param("month", "2031-03"))
                .andExpect(content().string(containsString("Chỉ tiếp nhận")));
    }

    @Test
    void a_closure_on_the_due_day_of_open_dossiers_shows_them_before_anything_is_saved() throws Exception {
        String code = vn.motcua.support.Acceptance.at("H99.06", "tiepnhan.06").code(mvc);
        String due = jdbc.sql("select to_char(due_at, 'DD/MM/YYYY') from dossier where code = ?").param(code)
                .query(String.class).single();
        int before = version();
        mvc.perform(post(PAGE + "/ngay").with(as("quantri.06")).with(csrf()).param("version", String.valueOf(before))
                        .param("date", due).param("kind", "CLOSURE").param("name", "Bão số 3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"preview-dossiers\"")))
                .andExpect(content().string(containsString(code)))
                .andExpect(content().string(containsString("Ngày hẹn không còn là giờ làm việc")))
                .andExpect(content().string(not(containsString("name=\"use\""))));
        assertThat(version()).isEqualTo(before);
        assertThat(calendars.settings(AgencyCode.of("H99.06")).orElseThrow().localExceptions())
                .noneMatch(d -> d.name().equals("Bão số 3"));
    }
}
