package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.support.DatabaseTest;
import vn.motcua.support.MovableTime;
import vn.motcua.support.RunUnique;

/**
 * The booking pages with what people type: a booking made and cancelled; bad values answered beside their field, never
 * a 500; unknown codes and procedures 404; the page never shows the whole name or phone; the settings page for the
 * office's administrator only.
 */
@DatabaseTest
@Import(MovableTime.class)
class BookingPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_booking_is_made_shown_in_part_and_cancelled_and_bad_values_are_answered_beside_their_field() throws Exception {
        LocalDate thursday = LocalDate.of(2100 + Integer.parseInt(RunUnique.digits(3)) % 800, 4, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        MovableTime.set(thursday.minusDays(1) + "T09:00");
        String address = "10.9." + RunUnique.octet() + ".1";
        String page = body(mvc.perform(get("/dat-lich").param("thuTuc", "1.004873").param("donVi", "H99.04")));
        assertThat(page).contains("data-testid=\"booking-form\"", "id=\"slot-" + thursday + "T17:00\"", "Giờ làm việc thứ 9");

        var badPhone = mvc.perform(post("/dat-lich").param("thuTuc", "1.004873").param("donVi", "H99.04")
                .param("slot", thursday + "T17:00").param("name", "Hà Thị Mai").param("phone", "12345").with(csrf()).with(from(address)));
        assertThat(badPhone.andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(body(badPhone)).contains("id=\"phone-error\"", "Số điện thoại gồm 10 chữ số", "value=\"Hà Thị Mai\"");
        for (String slot : new String[] {"", "nonsense", "2026-02-30T09:00", thursday + "T18:00", thursday.plusDays(300) + "T09:00"}) {
            var bad = mvc.perform(post("/dat-lich").param("thuTuc", "1.004873").param("donVi", "H99.04").param("slot", slot)
                    .param("name", "Hà Thị Mai").param("phone", "0912000111").with(csrf()).with(from(address)));
            assertThat(bad.andReturn().getResponse().getStatus()).as(slot).isEqualTo(200);
            assertThat(body(bad)).as(slot).contains("data-testid=\"slot-error\"");
        }
        var noName = body(mvc.perform(post("/dat-lich").param("thuTuc", "1.004873").param("donVi", "H99.04")
                .param("slot", thursday + "T17:00").param("name", "x".repeat(5000)).param("phone", "0912000111").with(csrf())
                .with(from(address))));
        assertThat(noName).contains("id=\"name-error\"");

        String phone = "09" + RunUnique.digits(8);
        var made = mvc.perform(post("/dat-lich").param("thuTuc", "1.004873").param("donVi", "H99.04")
                .param("slot", thursday + "T17:00").param("name", "Hà Thị Mai").param("phone", phone).with(csrf()).with(from(address)))
                .andReturn().getResponse();
        assertThat(made.getRedirectedUrl()).matches("/dat-lich/[A-Z2-9]{8}");
        String booking = body(mvc.perform(get(made.getRedirectedUrl())));
        assertThat(booking).contains("H. T. M.", "*******" + phone.substring(7), "data:image/png;base64,")
                .doesNotContain("Hà Thị Mai", phone);
        var cancelled = mvc.perform(post(made.getRedirectedUrl() + "/huy").with(csrf())).andReturn();
        assertThat(cancelled.getFlashMap().get("done")).isEqualTo("cancelled");
        assertThat(body(mvc.perform(get(made.getRedirectedUrl())))).contains("Đã hủy").doesNotContain("data-testid=\"booking-cancel\"");
        var again = mvc.perform(post(made.getRedirectedUrl() + "/huy").with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("error")).isEqualTo("booking.refusal.NOT_BOOKED");

        assertThat(mvc.perform(get("/dat-lich/ZZZZZZZZ")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dat-lich/<script>")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dat-lich").param("thuTuc", "không có")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/dat-lich")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void the_office_s_administrator_sets_its_booking_rules_and_nobody_else_does() throws Exception {
        MovableTime.set("2026-12-02T10:00");
        var admin = user(users.loadUserByUsername("quantri.05"));
        assertThat(body(mvc.perform(get("/quan-tri/dat-lich").with(admin)))).contains("name=\"perSlot\"");
        var refused = mvc.perform(post("/quan-tri/dat-lich").param("validFrom", "2026-12-03").param("slotMinutes", "5")
                .param("perSlot", "3").param("daysAhead", "6").param("perPhone", "2").with(admin).with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("error")).isEqualTo("booking.slotMinutes");
        var past = mvc.perform(post("/quan-tri/dat-lich").param("validFrom", "2026-12-01").param("slotMinutes", "20")
                .param("perSlot", "3").param("daysAhead", "6").param("perPhone", "2").with(admin).with(csrf())).andReturn();
        assertThat(past.getFlashMap().get("error")).isEqualTo("booking.validFrom");
        assertThat(mvc.perform(get("/quan-tri/dat-lich").with(user(users.loadUserByUsername("tiepnhan.05")))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
