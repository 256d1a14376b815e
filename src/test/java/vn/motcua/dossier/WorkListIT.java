package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.demo.history.DemoHistoryFixture;
import vn.motcua.demo.history.HistoryLoader;
import vn.motcua.dossier.domain.WorkListSearch;
import vn.motcua.dossier.persistence.WorkListRows;
import vn.motcua.platform.domain.SearchText;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.RunUnique;

/**
 * The work lists find a citizen who lost the slip by name (with or without diacritics), ID number, phone or code, only
 * among the office's own dossiers; count each tab; mask the name for an office only consulted; filter by due time as
 * the badges judge it; and page through Hồng Hà's 2021 history.
 */
@DatabaseTest
class WorkListIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkLists workLists;
    @Autowired
    WorkListRows rows;
    @Autowired
    WorkingCalendars calendars;
    @Autowired
    DossierSettings settings;
    @Autowired
    UserDetailsService users;
    @Autowired
    HistoryLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    /** A family name no other test and no earlier run on the same database used, so that each search has one answer. */
    private static String rareWord() {
        return "Xq" + RunUnique.suffix() + "z" + RunUnique.suffix();
    }

    private static String idNumber() {
        return "0791950" + RunUnique.digits(5);
    }

    private OfficeMember member(String username) {
        return (OfficeMember) users.loadUserByUsername(username);
    }

    private List<String> codes(String username, String q, WorkListTab tab) {
        return workLists.list(member(username), new WorkListQuery(WorkListSearch.parse(q), tab, null, null, null, 1)).rows()
                .stream().map(r -> r.dossier().code().value()).toList();
    }

    @Test
    void a_citizen_who_lost_the_slip_is_found_by_name_id_phone_or_code_at_the_office_only() throws Exception {
        String rare = rareWord();
        String id = idNumber();
        String code = Acceptance.at("H99.03", "tiepnhan.03").applicant("Đặng Thị " + rare + " Hường", id).phone("0987 654 321").code(mvc);

        assertThat(codes("tiepnhan.03", "dang thi " + rare.toLowerCase() + " huong", WorkListTab.MINE)).containsExactly(code);
        assertThat(codes("tiepnhan.03", "ĐẶNG THỊ " + rare, WorkListTab.MINE)).as("capitals, the name's last word unfinished")
                .containsExactly(code);
        assertThat(codes("tiepnhan.03", rare.substring(0, 5) + " huong", WorkListTab.ALL)).isEmpty();
        assertThat(codes("tiepnhan.03", id, WorkListTab.MINE)).contains(code);
        assertThat(codes("tiepnhan.03", "+84 987.654.321", WorkListTab.ALL)).contains(code);
        assertThat(codes("tiepnhan.03", code.toLowerCase(), WorkListTab.ALL)).containsExactly(code);
        assertThat(codes("lanhdao.03", rare, WorkListTab.MINE)).as("the leader sees every open dossier").containsExactly(code);
        assertThat(codes("tiepnhan.04", rare, WorkListTab.ALL)).as("another office never").isEmpty();
        assertThat(codes("tiepnhan.04", code, WorkListTab.ALL)).isEmpty();

        var page = workLists.list(member("tiepnhan.03"), new WorkListQuery(WorkListSearch.parse(id), WorkListTab.MINE, null, null, null, 1));
        assertThat(page.rows()).first().satisfies(r -> {
            assertThat(r.applicantName()).isEqualTo("Đặng Thị " + rare + " Hường");
            assertThat(r.masked()).isFalse();
        });
        assertThat(page.counts().get(WorkListTab.RECEIVED).value()).isEqualTo(1);
        assertThat(page.counts().get(WorkListTab.PROCESSING).value()).isZero();

        mvc.perform(get("/ho-so").param("q", "dang thi " + rare).with(user(users.loadUserByUsername("tiepnhan.03"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(code)))
                .andExpect(content().string(Matchers.containsString("Đặng Thị " + rare + " Hường")))
                .andExpect(content().string(Matchers.containsString("Tìm theo họ tên (không phân biệt dấu): dang thi " + rare.toLowerCase())));
        mvc.perform(get("/api/v1/dossiers").param("q", id).with(httpBasic("tiepnhan.03", Acceptance.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].code").value(code))
                .andExpect(jsonPath("$.counts.received.value").value(1));
    }

    @Test
    void a_dossier_moves_between_tabs_and_a_consulted_office_sees_the_name_masked() throws Exception {
        String rare = rareWord();
        String code = Acceptance.at("H99.02", "tiepnhan.02").applicant("Trịnh Văn " + rare, idNumber()).code(mvc);
        mvc.perform(post("/api/v1/dossiers/" + code + "/transfer").with(httpBasic("tiepnhan.02", Acceptance.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(codes("tiepnhan.02", rare, WorkListTab.MINE)).as("reception handed it on").isEmpty();
        assertThat(codes("tiepnhan.02", rare, WorkListTab.PROCESSING)).containsExactly(code);
        assertThat(codes("chuyenvien.02", rare, WorkListTab.MINE)).containsExactly(code);

        mvc.perform(post("/api/v1/dossiers/" + code + "/consult").with(httpBasic("chuyenvien.02", Acceptance.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"consultedOffice\": \"H99.04\", \"question\": \"Xác minh nơi cư trú\", \"workingDays\": 2}"))
                .andExpect(status().isOk());
        var consulted = workLists.list(member("chuyenvien.04"),
                new WorkListQuery(WorkListSearch.parse(code), WorkListTab.MINE, null, null, null, 1));
        assertThat(consulted.rows()).singleElement().satisfies(r -> {
            assertThat(r.masked()).isTrue();
            assertThat(r.applicantName()).isEqualTo("Trịnh V** " + rare.charAt(0) + "**");
        });
        assertThat(codes("chuyenvien.04", rare, WorkListTab.MINE)).as("found by the name it may not read").containsExactly(code);
    }

    @Test
    void the_due_filters_list_exactly_the_dossiers_the_badges_call_overdue_or_due_soon() throws Exception {
        String rare = rareWord();
        for (int i = 0; i < 3; i++) {
            Acceptance.at("H99.01", "tiepnhan").applicant("Lý Thị " + rare, idNumber()).code(mvc);
        }
        for (Duration later : List.of(Duration.ZERO, Duration.ofDays(3), Duration.ofDays(5), Duration.ofDays(30))) {
            var at = new WorkLists(rows, calendars, settings, Clock.offset(clock, later));
            var all = at.list(member("lanhdao"), new WorkListQuery(WorkListSearch.parse(rare), WorkListTab.MINE, null, null, null, 1));
            for (var due : List.of(WorkListQuery.Due.OVERDUE, WorkListQuery.Due.DUE_SOON)) {
                var filtered = at.list(member("lanhdao"), new WorkListQuery(WorkListSearch.parse(rare), WorkListTab.ALL, null, null, due, 1));
                var judged = due == WorkListQuery.Due.OVERDUE ? "OVERDUE" : "DUE_SOON";
                assertThat(filtered.rows()).map(r -> r.dossier().code())
                        .as("%s after %s", due, later)
                        .containsExactlyInAnyOrderElementsOf(all.rows().stream()
                                .filter(r -> r.verdict().timeliness().name().equals(judged)).map(r -> r.dossier().code()).toList());
            }
        }
        var month = new WorkLists(rows, calendars, settings, Clock.offset(clock, Duration.ofDays(30)));
        assertThat(month.list(member("lanhdao"), new WorkListQuery(WorkListSearch.parse(rare), WorkListTab.ALL, null, null,
                WorkListQuery.Due.OVERDUE, 1)).rows()).as("a month later all three are overdue").hasSize(3);
    }

    @Test
    void hong_ha_2021_is_searched_counted_and_paged() throws Exception {
        DemoHistoryFixture.hongHa2021(loader);
        var someone = jdbc.sql("""
                select code, data -> 'intake' -> 'applicant' ->> 'name' as name, person_keys[1] as key from dossier
                where office_code = 'H99.02' and received_at >= '2021-06-01' and received_at < '2021-06-02' order by code limit 1
                """).query((rs, n) -> new String[] {rs.getString("code"), rs.getString("name"), rs.getString("key")}).single();
        var leader = member("lanhdao.02");
        var closed = workLists.list(leader, new WorkListQuery(WorkListSearch.NONE, WorkListTab.CLOSED, null, null, null, 1));
        assertThat(closed.total().value()).isEqualTo(WorkLists.COUNT_CAP);
        assertThat(closed.total().atLeast()).isTrue();
        assertThat(closed.pages()).isEqualTo(WorkListQuery.MAX_PAGE);
        assertThat(closed.rows()).hasSize(WorkListQuery.PAGE_SIZE);
        var second = workLists.list(leader, new WorkListQuery(WorkListSearch.NONE, WorkListTab.CLOSED, null, null, null, 2));
        assertThat(second.rows()).as("pages do not overlap").noneMatch(r -> closed.rows().stream()
                .anyMatch(c -> c.dossier().code().equals(r.dossier().code())));
        assertThat(second.rows().getFirst().dossier().receivedAt()).as("newest first")
                .isBeforeOrEqualTo(closed.rows().getLast().dossier().receivedAt());

        String plain = SearchText.of(someone[1]);
        var byName = workLists.list(leader, new WorkListQuery(WorkListSearch.parse(plain), WorkListTab.ALL, null, null, null, 1));
        assertThat(byName.total().value()).isPositive();
        List<String> found = new ArrayList<>();
        for (int p = 1; p <= byName.pages(); p++) {
            workLists.list(leader, new WorkListQuery(WorkListSearch.parse(plain), WorkListTab.ALL, null, null, null, p)).rows()
                    .forEach(r -> {
                        assertThat(SearchText.of(r.applicantName())).contains(plain);
                        found.add(r.dossier().code().value());
                    });
        }
        assertThat(found).contains(someone[0]);
        assertThat(codes("lanhdao.02", someone[2], WorkListTab.ALL)).contains(someone[0]);
        assertThat(codes("lanhdao.02", someone[0], WorkListTab.ALL)).containsExactly(someone[0]);
        assertThat(codes("lanhdao.02", someone[0], WorkListTab.MINE)).as("closed: not waiting for anyone").isEmpty();
    }
}
