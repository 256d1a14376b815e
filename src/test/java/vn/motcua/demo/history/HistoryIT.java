package vn.motcua.demo.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.reporting.PeriodReports;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.dossier.LateRisks;
import vn.motcua.queue.QueueFigures;

/**
 * Hồng Hà's 2021 history as the demo loads it reproduces the seed's figures exactly: 12,439 received, all finished,
 * 12,432 early or on time and 7 late, all land dossiers held up at the land registry branch: 99.94 %; five officers;
 * about 50 dossiers a working day with peaks near 100.
 */
@DatabaseTest
class HistoryIT {

    static final List<AgencyCode> HONG_HA = List.of(AgencyCode.of("H99.02"));
    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);

    @Autowired
    HistoryLoader loader;
    @Autowired
    PeriodReports reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void loadOnce() {
        DemoHistoryFixture.hongHa2021(loader);
    }

    @Test
    void hong_ha_2021_reproduces_the_seed_99_94_percent() throws Exception {
        var figures = reports.figures(HONG_HA, FROM, TO);
        assertThat(figures.counts().received()).isEqualTo(12_439);
        assertThat(figures.counts().finished()).isEqualTo(12_439);
        assertThat(figures.counts().early() + figures.counts().onTime()).isEqualTo(12_432);
        assertThat(figures.counts().late()).isEqualTo(7);
        assertThat(figures.onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("99.94"));
        assertThat(figures.carriedOver()).isZero();
        assertThat(figures.inProgress()).isZero();
        mvc.perform(get("/api/v1/offices/H99.02/statistics").param("from", "2021-01-01").param("to", "2021-12-31")
                        .with(httpBasic("lanhdao.02", "MotCua@2026")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(12439))
                .andExpect(jsonPath("$.late").value(7)).andExpect(jsonPath("$.onTimeRate").value(99.94));

        var late = reports.by(HONG_HA, Dimension.FIELD, FROM, TO);
        assertThat(late.get("Đất đai").late()).as("every late dossier is a land dossier").isEqualTo(7);
        assertThat(jdbc.sql("select count(*) from report_dossier where office_code = 'H99.02' and timeliness = 'LATE' "
                + "and closed_at < '2022-01-01' and late_cause like 'Lấy ý kiến Chi nhánh Văn phòng đăng ký đất đai quá hạn%'")
                .query(Long.class).single()).as("held up at the inter-agency step").isEqualTo(7);
        assertThat(reports.by(HONG_HA, Dimension.OFFICER, FROM, TO).values().stream().filter(c -> c.received() > 0).count())
                .as("five officers at the desk").isEqualTo(5);
    }

    @Autowired
    QueueFigures queue;

    @Test
    void the_citizens_received_at_the_counter_took_tickets_so_that_waiting_shows_plausible_figures() throws Exception {
        var w = queue.figures(List.of("H99.02"), FROM, TO);
        long counter = jdbc.sql("""
                select count(*) from report_dossier where office_code = 'H99.02' and received_at >= '2021-01-01'
                  and received_at < '2022-01-01' and channel = 'COUNTER'
                """).query(Long.class).single();
        assertThat(w.overall().tickets() - w.overall().noShows()).as("one served ticket per counter dossier").isEqualTo((int) counter);
        assertThat(w.overall().noShows()).as("a few did not answer the call").isPositive().isLessThan((int) counter / 10);
        assertThat(w.overall().waitMedian().orElseThrow()).as("median wait, minutes").isBetween(0.0, 30.0);
        assertThat(w.overall().waitP90().orElseThrow()).isGreaterThanOrEqualTo(w.overall().waitMedian().orElseThrow()).isLessThanOrEqualTo(90.0);
        assertThat(w.overall().serviceMedian().orElseThrow()).isBetween(3.0, 16.0);
        assertThat(jdbc.sql("""
                select count(*) from queue_ticket a join queue_ticket b on b.office_code = a.office_code and b.day = a.day
                  and b.counter = a.counter and b.id <> a.id and b.status = 'DONE' and b.serving_at < a.finished_at
                  and a.serving_at < b.finished_at
                where a.office_code = 'H99.02' and a.source = 'HISTORY' and a.status = 'DONE'
                """).query(Long.class).single()).as("a real desk's history: no counter serves two citizens at once").isZero();
        assertThat(queue.overall(List.of("H99.02"), FROM, TO)).as("the dashboard's card, counted in PostgreSQL").isEqualTo(w.overall());
        int weekdays = 0;
        int weekend = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                if (d < 5) {
                    weekdays += w.arrivals()[d][h];
                } else {
                    weekend += w.arrivals()[d][h];
                }
            }
        }
        assertThat(weekend).as("Hồng Hà works Monday to Friday (and make-up days)").isLessThan(weekdays / 20);
        assertThat(w.hours().getFirst()).isBetween(6, 8);
        assertThat(jdbc.sql("select count(*) from queue_ticket_dossier d join queue_ticket t on t.id = d.ticket_id "
                + "where t.office_code = 'H99.02' and t.source = 'HISTORY'").query(Long.class).single())
                .as("each history ticket names its dossier").isEqualTo(counter);

        String page = mvc.perform(get("/thong-ke/hang-doi").param("don-vi", "H99.02").param("tu", "2021-01-01").param("den", "2021-12-31")
                .with(httpBasic("lanhdao.02", "MotCua@2026"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("data-testid=\"heat-map\"", "Theo quầy", "Theo cán bộ", "Giờ làm việc thường");
        byte[] xlsx = mvc.perform(get("/thong-ke/hang-doi.xlsx").param("don-vi", "H99.02").param("tu", "2021-01-01")
                .param("den", "2021-12-31").with(httpBasic("lanhdao.02", "MotCua@2026"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        mvc.perform(get("/thong-ke/hang-doi").with(httpBasic("tiepnhan.02", "MotCua@2026"))).andExpect(status().isForbidden());
    }

    @Autowired
    LateRisks risks;

    @Test
    void learnt_from_the_first_half_of_2021_only_the_warning_flags_the_second_halfs_late_dossiers_in_time() {
        var backtest = risks.backtest(AgencyCode.of("H99.02"), FROM, LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 1), TO);
        backtest.months().forEach(m -> System.out.printf("late-risk out of sample %s: %d dossiers, %d late, %d flagged in time, %d flagged, %d false%n",
                m.month(), m.dossiers(), m.late(), m.lateFlaggedInTime(), m.flagged(), m.falseFlags()));
        int late = backtest.months().stream().mapToInt(LateRisks.Month::late).sum();
        int falseFlags = backtest.months().stream().mapToInt(LateRisks.Month::falseFlags).sum();
        int dossiers = backtest.months().stream().mapToInt(LateRisks.Month::dossiers).sum();
        System.out.printf("late-risk out of sample, learnt 2021-01..06, tried 2021-07..12: %d dossiers, %d late, %d missed, %d false flags%n",
                dossiers, late, backtest.lateNotFlagged().size(), falseFlags);
        assertThat(late).isEqualTo(4);
        assertThat(backtest.lateNotFlagged()).isEmpty();
        assertThat(falseFlags).isLessThan(dossiers / 100);
    }

    @Test
    void the_late_risk_warning_flags_the_7_late_land_dossiers_at_least_one_working_day_before_each_was_due() {
        var backtest = risks.backtest(AgencyCode.of("H99.02"), FROM, TO);
        backtest.months().forEach(m -> System.out.printf("late-risk backtest %s: %d dossiers, %d late, %d flagged in time, %d flagged, %d false%n",
                m.month(), m.dossiers(), m.late(), m.lateFlaggedInTime(), m.flagged(), m.falseFlags()));
        backtest.flags().stream().filter(LateRisks.Flag::late).forEach(f -> System.out.printf("late-risk flag %s at %s (%s, %.2f), due %s%n",
                f.dossierCode(), f.at(), f.place(), f.chance(), f.dueAt()));
        int late = backtest.months().stream().mapToInt(LateRisks.Month::late).sum();
        int inTime = backtest.months().stream().mapToInt(LateRisks.Month::lateFlaggedInTime).sum();
        int falseFlags = backtest.months().stream().mapToInt(LateRisks.Month::falseFlags).sum();
        int dossiers = backtest.months().stream().mapToInt(LateRisks.Month::dossiers).sum();
        assertThat(late).isEqualTo(7);
        assertThat(backtest.lateNotFlagged()).isEmpty();
        assertThat(inTime).isEqualTo(7);
        assertThat(backtest.flags().stream().filter(LateRisks.Flag::late))
                .as("each flagged a working day or more before its due date, at the overrunning consultation")
                .allMatch(f -> f.at().toLocalDate().isBefore(f.dueAt().toLocalDate()) && f.place().contains("Văn phòng đăng ký đất đai"));
        System.out.printf("late-risk backtest 2021: %d dossiers, %d late, %d flagged in time, %d false flags%n", dossiers, late, inTime,
                falseFlags);
        assertThat(falseFlags).as("false flags, of %d dossiers", dossiers).isLessThan(dossiers / 100);
    }

    @Test
    void about_fifty_a_working_day_with_peaks_near_a_hundred_and_tet_busier() {
        var days = jdbc.sql("""
                select cast(received_at as date) as d, count(*) as n from dossier where office_code = 'H99.02'
                  and received_at >= '2021-01-01' and received_at < '2022-01-01' group by 1
                """).query((rs, n) -> new long[] {rs.getDate(1).toLocalDate().toEpochDay(), rs.getLong(2)}).list();
        double mean = days.stream().mapToLong(d -> d[1]).average().orElse(0);
        long peak = days.stream().mapToLong(d -> d[1]).max().orElse(0);
        assertThat(mean).isBetween(45.0, 55.0);
        assertThat(peak).isBetween(80L, 130L);
        double afterTet = days.stream().filter(d -> d[0] >= LocalDate.of(2021, 2, 17).toEpochDay()
                && d[0] <= LocalDate.of(2021, 3, 5).toEpochDay()).mapToLong(d -> d[1]).average().orElse(0);
        assertThat(afterTet).as("the weeks after Tết are busier").isGreaterThan(mean * 1.2);
    }

    @Autowired
    vn.motcua.reporting.ReportProjector projector;

    @Test
    void a_dossier_accepted_after_the_history_is_counted_once() throws Exception {
        LocalDate today = reports.now().toLocalDate();
        projector.catchUp();
        long before = reports.figures(HONG_HA, today, today).counts().received();
        Acceptance.at("H99.02", "tiepnhan.02").applicant("Vũ Thị Chín", "001195004325").address("Hồng Hà").code(mvc);
        projector.catchUp();
        assertThat(reports.figures(HONG_HA, today, today).counts().received()).isEqualTo(before + 1);
        assertThat(projector.catchUp()).isZero();
    }

    @Test
    void the_same_seed_makes_the_same_history() {
        var first = new java.util.ArrayList<String>();
        var second = new java.util.ArrayList<String>();
        var context = loader.context(DemoHistories.hongHa2021());
        var history = DemoHistories.hongHa2021();
        new HistoryGenerator(history, context).generate(1000, batch -> batch.stream().limit(3)
                .forEach(i -> first.add(i.loaded().dossier().code() + " " + i.loaded().dossier().receivedAt() + " " + i.loaded().dossier().finishedAt())));
        new HistoryGenerator(history, context).generate(1000, batch -> batch.stream().limit(3)
                .forEach(i -> second.add(i.loaded().dossier().code() + " " + i.loaded().dossier().receivedAt() + " " + i.loaded().dossier().finishedAt())));
        assertThat(first).isNotEmpty().isEqualTo(second);
    }
}
