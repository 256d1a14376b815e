package vn.motcua.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.support.DatabaseTest;

/**
 * The queue's pages: an office's administrator issues a kiosk's device token; the kiosk opened once with it keeps it
 * and gives a ticket page with the number, the wait and a QR code; without it the kiosk gives nothing; the officer at
 * a counter calls the next number by the same rules.
 */
@DatabaseTest
class QueuePagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void a_kiosk_bound_by_its_token_gives_a_ticket_and_a_counter_calls_it() throws Exception {
        String issued = mvc.perform(post("/quan-tri/kiosk").param("name", "Ki-ốt sảnh chính")
                .with(user(users.loadUserByUsername("quantri.04"))).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String address = issued.replaceAll("(?s).*data-testid=\"kiosk-address\">([^<]+)<.*", "$1").replace("&amp;", "&");
        assertThat(address).startsWith("/kiosk/H99.04?thiet-bi=");

        var unbound = mvc.perform(get("/kiosk/H99.04")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unbound).contains("data-testid=\"kiosk-unbound\"");
        var bind = mvc.perform(get(address)).andExpect(status().is3xxRedirection()).andReturn().getResponse();
        Cookie kept = bind.getCookie("MOTCUA_KIOSK");
        assertThat(kept).isNotNull();
        assertThat(kept.isHttpOnly()).isTrue();

        String kiosk = mvc.perform(get("/kiosk/H99.04").cookie(kept)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(kiosk).contains("data-testid=\"kiosk-field\"", "Lấy số thứ tự");
        var first = java.util.regex.Pattern.compile("name=\"field\" value=\"([^\"]+)\"").matcher(kiosk);
        assertThat(first.find()).isTrue();
        String field = first.group(1);
        assertThat(field).as("the civil-status counter's first field").isEqualTo("Hộ tịch");
        String ticketPage = mvc.perform(post("/kiosk/H99.04/lay-so").cookie(kept).param("field", field).param("priority", "ELDERLY")
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String ticket = mvc.perform(get(ticketPage)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ticket).contains("data-testid=\"ticket-number\"", "Người cao tuổi", "data:image/png;base64,");

        String refused = mvc.perform(post("/kiosk/H99.04/lay-so").param("field", field).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("error").toString();
        assertThat(refused).as("no ticket without the kiosk's token").isEqualTo("queue.kiosk");

        freeCounterOne();
        var called = mvc.perform(post("/quay/goi-tiep").param("so", "1").with(user(users.loadUserByUsername("tiepnhan.04")))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(called.containsKey("called")).as("a ticket called: %s", called).isTrue();
        String counter = mvc.perform(get("/quay").param("so", "1").with(user(users.loadUserByUsername("tiepnhan.04"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(counter).contains("data-testid=\"current-number\"", "data-testid=\"start\"");
        assertThat(mvc.perform(get("/quay").with(user(users.loadUserByUsername("chuyenvien.04")))).andReturn().getResponse()
                .getStatus()).as("a specialist sits at no counter").isEqualTo(403);
        freeCounterOne();
    }

    /** Counter 1 of H99.04 with nobody at it (a run before this one on the same database may have left one there). */
    private void freeCounterOne() throws Exception {
        String page = mvc.perform(get("/quay").param("so", "1").with(user(users.loadUserByUsername("tiepnhan.04")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        var absent = java.util.regex.Pattern.compile("action=\"(/quay/ve/[0-9a-f-]+/)(vang|xong)\"").matcher(page);
        if (absent.find()) {
            mvc.perform(post(absent.group(1) + absent.group(2)).param("so", "1").with(user(users.loadUserByUsername("tiepnhan.04")))
                    .with(csrf())).andExpect(status().is3xxRedirection());
        }
    }
}
