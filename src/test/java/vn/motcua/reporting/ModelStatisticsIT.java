package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.servicemodel.ServiceModels;
import vn.motcua.servicemodel.domain.ServiceModelKind;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.MondayTenOClock;
import vn.motcua.reporting.persistence.ReportCounts;

/**
 * Per-model counters on generated data: a seeded random mix of dossiers at Vĩnh Thạnh on Monday 30 November 2026
 * (justice ones under the no-appointment day, residence ones not), some finished and returned the same day; after
 * the projector catches up, the read model equals a brute-force recount of the dossiers.
 */
@DatabaseTest
@Import(MondayTenOClock.class)
class ModelStatisticsIT {

    static final String PASSWORD = "MotCua@2026";
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final AgencyCode VINH_THANH = AgencyCode.of("H99.06");

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportProjector projector;
    @Autowired
    ModelStatistics statistics;
    @Autowired
    ServiceModels models;
    @Autowired
    JdbcClient jdbc;

    private String accept(String procedure, boolean assisted) throws Exception {
        return Acceptance.at("H99.06", "tiepnhan.06").procedure(procedure).assisted(assisted)
                .applicant("Võ Văn Năm", "001195004321").address("Vĩnh Thạnh").code(mvc);
    }

    private void act(String code, String transition, String user) throws Exception {
        mvc.perform(post("/api/v1/dossiers/" + code + "/" + transition).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"through\": \"COUNTER\"}")).andExpect(status().isOk());
    }

    private void finish(String code) throws Exception {
        act(code, "transfer", "tiepnhan.06");
        while (mvc.perform(post("/api/v1/dossiers/" + code + "/hand-over").with(httpBasic("chuyenvien.06", PASSWORD)))
                .andReturn().getResponse().getStatus() == 200) {
            // every internal step handed over
        }
        act(code, "submit", "chuyenvien.06");
        act(code, "approve", "lanhdao.06");
        act(code, "result-ready", "tiepnhan.06");
    }

    /**
     * The counts a recount of the dossier table gives for {@link #MONDAY}, which is today on this test's clock: a period
     * reaching today reads as one running on (ReportCounts), so the recount takes everything from Monday on too. The
     * difference shows on a database another context wrote to, at a later pinned moment, in an earlier run.
     */
    private DayCounts recount(long model) {
        String models = model == 0 ? "true" : "data -> 'intake' -> 'models' @> cast(:m as jsonb)";
        String where = "office_code = 'H99.06' and " + models;
        var m = "[{\"modelId\": " + model + "}]";
        long received = count("select count(*) from dossier where " + where + " and cast(received_at as date) >= :d", m);
        long assisted = count("select count(*) from dossier where " + where
                + " and cast(received_at as date) >= :d and data -> 'intake' ->> 'declarationFilledBy' is not null", m);
        long finished = count("select count(*) from dossier where " + where
                + " and cast(finished_at as date) >= :d and status <> 'STOPPED'", m);
        long sameDay = count("select count(*) from dossier where " + where + " and cast(finished_at as date) >= :d"
                + " and cast(received_at as date) = cast(finished_at as date) and status <> 'STOPPED'", m);
        long returnedSameDay = count("select count(*) from dossier where " + where + " and cast(returned_at as date) >= :d"
                + " and cast(received_at as date) = cast(returned_at as date)", m);
        return new DayCounts(received, assisted, finished, 0, 0, 0, 0, 0, sameDay, 0, returnedSameDay);
    }

    private long count(String sql, String model) {
        var spec = jdbc.sql(sql).param("d", MONDAY);
        if (sql.contains(":m")) {
            spec = spec.param("m", model);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void the_counters_of_the_office_and_of_the_no_appointment_day_equal_a_recount_of_the_dossiers() throws Exception {
        long noAppointment = models.of(VINH_THANH).stream().filter(m -> m.kind() == ServiceModelKind.NO_APPOINTMENT_DAY)
                .findFirst().orElseThrow().id();
        var random = new Random(20261130);
        int justice = 0;
        for (int i = 0; i < 12; i++) {
            boolean isJustice = random.nextBoolean();
            justice += isJustice ? 1 : 0;
            String code = accept(isJustice ? "1.004873" : "1.004194", random.nextInt(3) == 0);
            if (random.nextInt(3) > 0) {
                finish(code);
                if (random.nextBoolean()) {
                    act(code, "return", "tiepnhan.06");
                }
            }
        }
        catchUpWithRecount(noAppointment);
        for (long model : new long[] {0, noAppointment}) {
            DayCounts stored = model == 0 ? statistics.office(VINH_THANH, MONDAY, MONDAY)
                    : statistics.models(VINH_THANH, MONDAY, MONDAY).stream().filter(r -> r.model().id() == model)
                            .findFirst().orElseThrow().counts();
            DayCounts counted = recount(model);
            assertThat(stored.received()).as("received, model " + model).isEqualTo(counted.received());
            assertThat(stored.assisted()).as("assisted, model " + model).isEqualTo(counted.assisted());
            assertThat(stored.finished()).as("finished, model " + model).isEqualTo(counted.finished());
            assertThat(stored.finishedSameDay()).as("same day, model " + model).isEqualTo(counted.finishedSameDay());
            assertThat(stored.returnedSameDay()).as("returned same day, model " + model).isEqualTo(counted.returnedSameDay());
            assertThat(stored.early() + stored.onTime() + stored.late()).isEqualTo(stored.finished());
        }
        var model = statistics.models(VINH_THANH, MONDAY, MONDAY).stream().filter(r -> r.model().id() == noAppointment)
                .findFirst().orElseThrow().counts();
        assertThat(model.received()).isGreaterThanOrEqualTo(justice);
        assertThat(model.late()).as("a same-day dossier finished at 10:00 is on time").isZero();
        assertThat(projector.catchUp()).as("nothing is counted twice").isZero();
    }

    @Autowired
    vn.motcua.survey.SurveyTokens tokens;

    @Test
    void the_satisfaction_of_a_model_counts_the_evaluations_of_its_own_dossiers() throws Exception {
        long noAppointment = models.of(VINH_THANH).stream().filter(m -> m.kind() == ServiceModelKind.NO_APPOINTMENT_DAY)
                .findFirst().orElseThrow().id();
        String pleased = accept("1.004873", false);
        String displeased = accept("1.004873", false);
        String outside = accept("1.004194", false);
        for (String code : new String[] {pleased, displeased, outside}) {
            finish(code);
        }
        rate(pleased, "SATISFIED", "10.10.0.1");
        rate(displeased, "UNSATISFIED", "10.10.0.2");
        rate(outside, "UNSATISFIED", "10.10.0.3");
        catchUpWithRecount(noAppointment);
        var row = statistics.models(VINH_THANH, MONDAY, MONDAY).stream().filter(r -> r.model().id() == noAppointment)
                .findFirst().orElseThrow();
        assertThat(row.satisfaction()).contains(new java.math.BigDecimal("50.00"));
        assertThat(statistics.satisfaction(VINH_THANH, 0, MONDAY, MONDAY)).contains(new java.math.BigDecimal("33.33"));
    }

    private void rate(String code, String overall, String address) throws Exception {
        mvc.perform(post("/danh-gia/" + tokens.forDossier(code))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }).param("OVERALL", overall)).andExpect(status().isOk());
    }

    /**
     * The read model is current once every transaction before this one has ended (a long transaction elsewhere in
     * the test JVM holds the journal back for its duration): catch up until the office's count of received
     * dossiers matches the recount, for at most 10 seconds.
     */
    private void catchUpWithRecount(long model) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).pollDelay(java.time.Duration.ZERO)
                .until(() -> {
                    projector.catchUp();
                    return statistics.office(VINH_THANH, MONDAY, MONDAY).received() == recount(0).received();
                });
    }
}
