package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;

/**
 * Every button the dossier page shows is an action the dossier takes: for every status (and a dossier waiting for a
 * consultation's answer) and every role of the office, the page is opened as that officer, and each action form it
 * offers is submitted, as the officer would fill it, on a dossier in that state. None is refused for a rule the
 * page could have known.
 */
@DatabaseTest
class OfferedActionsIT {

    static final String OFFICE = "H99.01";
    static final List<String> ROLES = List.of("tiepnhan", "chuyenvien", "lanhdao");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    /** The states a dossier is driven to through the API, each by the officers who would do it. */
    enum State {
        RECEIVED, PROCESSING, CONSULTING, SUPPLEMENT_REQUESTED, AWAITING_APPROVAL, APPROVED, RESULT_READY, RETURNED, REFUSED,
        STOPPED
    }

    /** Where an officer has something to do (DossierStateMachineTest lists what). */
    static final java.util.Set<String> SOMETHING_TO_DO = java.util.Set.of("RECEIVED tiepnhan", "RECEIVED chuyenvien",
            "RECEIVED lanhdao", "PROCESSING tiepnhan", "PROCESSING chuyenvien", "PROCESSING lanhdao", "CONSULTING tiepnhan",
            "CONSULTING chuyenvien", "CONSULTING lanhdao", "SUPPLEMENT_REQUESTED tiepnhan", "AWAITING_APPROVAL tiepnhan",
            "AWAITING_APPROVAL lanhdao", "APPROVED tiepnhan", "APPROVED lanhdao", "RESULT_READY tiepnhan");

    static Stream<Arguments> statesAndRoles() {
        return Stream.of(State.values()).flatMap(s -> ROLES.stream().map(r -> Arguments.of(s, r)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("statesAndRoles")
    void every_action_offered_is_taken(State state, String role) throws Exception {
        var offered = forms(dossierIn(state), role);
        var refused = new ArrayList<String>();
        for (String action : offered.keySet()) {
            String code = dossierIn(state);
            Element form = forms(code, role).get(action);
            var flash = mvc.perform(submit(form, action, code).with(user(users.loadUserByUsername(role))).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
            if (flash.get("done") == null) {
                refused.add(action + ": " + flash.get("refusal") + " " + flash.get("refusalDetail") + " " + flash.get("refusalField"));
            }
        }
        assertThat(refused).as(state + " as " + role + " offered " + offered.keySet()).isEmpty();
        if (state == State.RETURNED || state == State.REFUSED || state == State.STOPPED) {
            assertThat(offered).as("a closed dossier offers nothing").isEmpty();
        } else if (!SOMETHING_TO_DO.contains(state + " " + role)) {
            assertThat(offered).as(state + ": nothing for " + role).isEmpty();
        } else {
            assertThat(offered).as(state + ": work for " + role).isNotEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void each_hand_over_button_says_what_it_closes_and_where_it_sends_the_dossier_and_one_action_stands_out() throws Exception {
        String code = dossierIn(State.PROCESSING);
        String html = mvc.perform(get("/ho-so/" + code).with(user(users.loadUserByUsername("chuyenvien"))))
                .andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);
        String steps = JsonPath.read(mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("chuyenvien", Acceptance.PASSWORD)))
                .andReturn().getResponse().getContentAsString(), "$.holder");
        assertThat(page.select("[data-testid=holder]").text()).as("where the dossier is: the unit and its step")
                .contains(steps).contains("đang ở bước «");
        String current = page.select("[data-testid=holder] span").get(1).text().replaceAll(".*«(.*)»", "$1");
        assertThat(page.select("[data-testid=moves-HAND_OVER]").text()).as("the hand-over closes the current step")
                .startsWith("Kết thúc «" + current + "», chuyển đến: ");
        assertThat(page.select("button[data-primary=true]")).as("one primary action").hasSize(1)
                .first().satisfies(b -> assertThat(b.attr("data-testid")).isEqualTo("action-HAND_OVER"));
        assertThat(page.select("[data-testid=moves-REQUEST_SUPPLEMENT]")).as("a supplement hands nothing over").isEmpty();
    }

    /** The action forms the page offers the officer, by the form's action name (and each consultation's answer form). */
    private Map<String, Element> forms(String code, String role) throws Exception {
        String html = mvc.perform(get("/ho-so/" + code).with(user(users.loadUserByUsername(role))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var forms = new LinkedHashMap<String, Element>();
        for (Element form : Jsoup.parse(html).select("form[method=post][action^=/ho-so/" + code + "/]")) {
            forms.put(form.hasAttr("data-action") ? form.attr("data-action") : form.attr("action").replaceAll(".*/", ""), form);
        }
        return forms;
    }

    /** The form as the officer fills it: its hidden values, a reason where one is asked, a later working day. */
    private MockHttpServletRequestBuilder submit(Element form, String action, String code) throws Exception {
        var request = post(form.attr("action"));
        for (Element input : form.select("input[type=hidden], input[type=number], select")) {
            String value = input.is("select") ? input.select("option").first().attr("value") : input.attr("value");
            request.param(input.attr("name"), value);
        }
        if (!form.select("textarea[name=note], input[name=note]").isEmpty()) {
            request.param("note", "Ghi chú của cán bộ");
        }
        if (!form.select("input[name=agency]").isEmpty()) {
            request.param("agency", "Công an xã");
        }
        if (!form.select("input[name=newDueDate]").isEmpty()) {
            // typed as the officer types it: the day first, the time on the 24-hour clock
            LocalDateTime later = aWorkingMorningAfter(dueAt(code));
            request.param("newDueDate", later.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyyyy")))
                    .param("newDueTime", later.toLocalTime().toString());
        }
        return request;
    }

    private LocalDateTime dueAt(String code) throws Exception {
        String json = mvc.perform(get("/api/v1/dossiers/" + code).with(httpBasic("tiepnhan", Acceptance.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String due = JsonPath.read(json, "$.dueAt");
        return Pattern.compile("[+-]\\d\\d:\\d\\d$|Z$").matcher(due).find() ? OffsetDateTime.parse(due).toLocalDateTime()
                : LocalDateTime.parse(due);
    }

    private static LocalDateTime aWorkingMorningAfter(LocalDateTime due) {
        var day = due.toLocalDate().plusDays(7);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(9, 0);
    }

    /** A new dossier of the office in the state. */
    private String dossierIn(State state) throws Exception {
        String code = Acceptance.at(OFFICE, "tiepnhan").applicant("Lý Thị Mười", "001195004326").code(mvc);
        switch (state) {
            case RECEIVED -> { }
            case REFUSED -> api(code, "refuse", "lanhdao", "{\"note\": \"Không thuộc thẩm quyền\"}");
            case STOPPED -> api(code, "stop", "tiepnhan", "{\"note\": \"Công dân xin rút hồ sơ\"}");
            default -> {
                api(code, "transfer", "tiepnhan", "{}");
                if (state == State.CONSULTING) {
                    api(code, "consult", "chuyenvien", "{\"agency\": \"Công an xã\", \"question\": \"Xác minh cư trú\"}");
                } else if (state == State.SUPPLEMENT_REQUESTED) {
                    api(code, "supplement-request", "chuyenvien", "{\"items\": [\"Bản sao giấy khai sinh\"]}");
                } else if (state != State.PROCESSING) {
                    while (mvc.perform(post("/api/v1/dossiers/" + code + "/hand-over").with(httpBasic("chuyenvien", Acceptance.PASSWORD)))
                            .andReturn().getResponse().getStatus() == 200) {
                        // every step handed on
                    }
                    api(code, "submit", "chuyenvien", "{}");
                    if (state != State.AWAITING_APPROVAL) {
                        api(code, "approve", "lanhdao", "{}");
                    }
                    if (state == State.RESULT_READY || state == State.RETURNED) {
                        api(code, "result-ready", "tiepnhan", "{}");
                    }
                    if (state == State.RETURNED) {
                        api(code, "return", "tiepnhan", "{\"through\": \"COUNTER\"}");
                    }
                }
            }
        }
        return code;
    }

    private void api(String code, String transition, String officer, String body) throws Exception {
        mvc.perform(post("/api/v1/dossiers/" + code + "/" + transition).with(httpBasic(officer, Acceptance.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }
}
