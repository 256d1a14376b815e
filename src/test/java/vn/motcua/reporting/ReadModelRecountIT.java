package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.reporting.domain.DayCounts;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.support.Acceptance;
import vn.motcua.support.DatabaseTest;
import vn.motcua.reporting.persistence.ReportCounts;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The read models after seeded random lifecycles at Thụy Khuê (accepted, transferred, asked to supplement, finished,
 * returned, refused, stopped; at the counter or online): every counter of every dimension, by day and by month, and
 * the dossiers open and overdue now, equal a brute-force SQL recount of the dossiers' own table.
 */
@DatabaseTest
class ReadModelRecountIT {

    static final String PASSWORD = "MotCua@2026";
    static final List<AgencyCode> OFFICE = List.of(AgencyCode.of("H99.03"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportProjector projector;
    @Autowired
    ReportCounts counts;
    @Autowired
    PeriodReports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BreakdownReports breakdowns;

    @Autowired
    ReportScopes scopes;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private String accept(String procedure, String channel) throws Exception {
        return Acceptance.at("H99.03", "tiepnhan.03").procedure(procedure).channel(channel)
                .applicant("Đỗ Thị Sáu", "001195004322").address("Thụy Khuê").code(mvc);
    }

    private int act(String code, String transition, String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/" + code + "/" + transition).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
    }

    private void lifecycle(String code, Random random) throws Exception {
        switch (random.nextInt(7)) {
            case 0 -> { }
            case 1 -> assertThat(act(code, "transfer", "tiepnhan.03", "{}")).isEqualTo(200);
            case 2 -> assertThat(act(code, "stop", "tiepnhan.03", "{\"note\": \"Công dân xin rút\"}")).isEqualTo(200);
            case 3 -> assertThat(act(code, "refuse", "lanhdao.03", "{\"note\": \"Không đủ điều kiện\"}")).isEqualTo(200);
            case 4 -> assertThat(act(code, "supplement-request", "chuyenvien.03", "{\"items\": [\"Bản sao giấy khai sinh\"]}"))
                    .isEqualTo(200);
            default -> {
                assertThat(act(code, "transfer", "tiepnhan.03", "{}")).isEqualTo(200);
                while (act(code, "hand-over", "chuyenvien.03", "{}") == 200) {
                    // every internal step handed over
                }
                assertThat(act(code, "submit", "chuyenvien.03", "{}")).isEqualTo(200);
                assertThat(act(code, "approve", "lanhdao.03", "{}")).isEqualTo(200);
                assertThat(act(code, "result-ready", "tiepnhan.03", "{}")).isEqualTo(200);
                if (random.nextBoolean()) {
                    assertThat(act(code, "return", "tiepnhan.03", "{\"through\": \"COUNTER\"}")).isEqualTo(200);
                }
            }
        }
    }

    @Test
    void every_counter_and_the_open_dossiers_equal_a_recount_after_random_lifecycles() throws Exception {
        var random = new Random(20261123);
        for (int i = 0; i < 24; i++) {
            String code = accept(random.nextBoolean() ? "1.004873" : "1.004194", random.nextInt(4) == 0 ? "ONLINE" : "COUNTER");
            lifecycle(code, random);
        }
        projector.catchUp();
        LocalDate today = reports.now().toLocalDate();
        assertThat(counts.total(OFFICE, Dimension.ALL, "", today, today).received()).isGreaterThanOrEqualTo(24);
        for (Dimension dimension : List.of(Dimension.ALL, Dimension.FIELD, Dimension.PROCEDURE, Dimension.OFFICER, Dimension.CHANNEL)) {
            Map<String, DayCounts> byDay = counts.byKey(OFFICE, dimension, today, today);
            Map<String, DayCounts> recount = recount(dimension, today);
            assertThat(byDay).as("day counters by " + dimension).isEqualTo(recount);
            var month = counts.byKey(OFFICE, dimension, today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
            var daysOfMonth = new HashMap<String, DayCounts>();
            for (LocalDate d = today.withDayOfMonth(1); !d.isAfter(today.withDayOfMonth(today.lengthOfMonth())); d = d.plusDays(1)) {
                counts.byKey(OFFICE, dimension, d, d).forEach((k, v) -> daysOfMonth.merge(k, v, DayCounts::plus));
            }
            assertThat(month).as("the month's row is the sum of its days, by " + dimension).isEqualTo(daysOfMonth);
        }
        for (String[] level : new String[][] {{"D", "M", "month"}, {"M", "Y", "year"}}) {
            assertThat(rowsNotSummingUp(level[0], level[1], level[2])).as(level[1] + " rows = the sum of their " + level[0] + " rows")
                    .isZero();
        }
        var group = counts.total(List.of(AgencyCode.of("H99")), Dimension.ALL, "", today, today);
        var offices = List.of("H99.01", "H99.02", "H99.03", "H99.04", "H99.05", "H99.06").stream()
                .map(o -> counts.total(List.of(AgencyCode.of(o)), Dimension.ALL, "", today, today)).reduce(DayCounts.ZERO, DayCounts::plus);
        assertThat(group).as("the group's own counters roll its offices up").isEqualTo(offices);
        LocalDateTime now = reports.now();
        assertThat(reports.openAt(OFFICE, now)).as("open now").isEqualTo(jdbc.sql("""
                select count(*) from dossier where office_code = 'H99.03' and received_at <= ? and finished_at is null
                """).param(now).query(Long.class).single());
        assertThat(reports.overdueAt(OFFICE, now)).as("overdue now").isEqualTo(jdbc.sql("""
                select count(*) from dossier where office_code = 'H99.03' and received_at <= ? and finished_at is null and due_at < ?
                """).params(now, now).query(Long.class).single());
        var figures = reports.figures(OFFICE, today, today);
        var scopeOfOne = new ReportScopes.Scope(AgencyCode.of("H99.03"), "Thụy Khuê", OFFICE, Map.of(AgencyCode.of("H99.03"), "Thụy Khuê"));
        var fromCounters = breakdowns.breakdown(scopeOfOne, today, today, List.of(Dimension.FIELD)).total();
        assertThat(fromCounters.inProgress()).as("open now from the counters = from the facts").isEqualTo(figures.inProgress());
        assertThat(fromCounters.carriedOver()).as("carried over from the counters = from the facts").isEqualTo(figures.carriedOver());
        assertThat(figures.balances()).as("carried over + received = finished + stopped + in progress: " + figures).isTrue();
        var scope = new ReportScopes.Scope(AgencyCode.of("H99.03"), "Thụy Khuê", OFFICE, Map.of(AgencyCode.of("H99.03"), "Thụy Khuê"));
        var rows = breakdowns.rows(scope, today, today, List.of(Dimension.FIELD, Dimension.CHANNEL, Dimension.OFFICER));
        for (var entry : rows.entrySet()) {
            var sum = entry.getValue().stream().map(r -> r.figures()).reduce((a, b) -> new vn.motcua.reporting.domain.PeriodFigures(
                    a.carriedOver() + b.carriedOver(), a.counts().plus(b.counts()), a.inProgress() + b.inProgress(),
                    a.overdue() + b.overdue())).orElseThrow();
            assertThat(sum.inProgress()).as("in progress by " + entry.getKey()).isEqualTo(figures.inProgress());
            assertThat(sum.overdue()).as("overdue by " + entry.getKey()).isEqualTo(figures.overdue());
            assertThat(sum.counts().received()).as("received by " + entry.getKey()).isEqualTo(figures.counts().received());
        }
        // a parent agency's officer rows: every open dossier under its receiving officer, whichever office
        var groupAdmin = (vn.motcua.platform.security.OfficeMember) users.loadUserByUsername("quantri.nhom");
        var parent = scopes.of(groupAdmin, "H99").orElseThrow();
        var byOfficer = breakdowns.breakdown(parent, today, today, List.of(Dimension.OFFICER));
        var officers = byOfficer.rows().get(Dimension.OFFICER);
        var groupNow = reports.now();
        String[] groupOffices = parent.offices().stream().map(AgencyCode::value).toArray(String[]::new);
        assertThat(officers.stream().mapToLong(r -> r.figures().inProgress()).sum()).as("the group's open dossiers by officer")
                .isEqualTo(jdbc.sql("""
                        select count(*) from dossier where office_code = any(?) and received_at <= ? and finished_at is null
                        """).params(groupOffices, groupNow).query(Long.class).single()).isPositive();
        assertThat(officers.stream().mapToLong(r -> r.figures().carriedOver()).sum()).as("the group's carried over by officer")
                .isEqualTo(jdbc.sql("""
                        select count(*) from dossier where office_code = any(?) and received_at < ?
                           and (finished_at is null or finished_at >= ?)
                        """).params(groupOffices, today.atStartOfDay(), today.atStartOfDay()).query(Long.class).single());
        assertThat(projector.catchUp()).as("nothing is counted twice").isZero();
    }

    /** The counters of the day recounted from the dossiers' own table, by the rules of metrics.md. */
    private Map<String, DayCounts> recount(Dimension dimension, LocalDate day) {
        String handler = """
                coalesce((select h ->> 'from' from jsonb_array_elements(data -> 'progress' -> 'controlSheet') with ordinality as e(h, i)
                          where h -> 'to' ->> 'kind' = 'LEADER' order by i desc limit 1), data -> 'intake' ->> 'receivedBy')""";
        String receivedKey = key(dimension, "data -> 'intake' ->> 'receivedBy'");
        String closedKey = key(dimension, handler);
        String judged = "status in ('RESULT_READY', 'RETURNED', 'REFUSED')";
        var result = new HashMap<String, DayCounts>();
        jdbc.sql("""
                select k, sum(received), sum(finished), sum(early), sum(on_time), sum(late), sum(refused), sum(stopped),
                       sum(same_day), sum(returned), sum(returned_same_day)
                from (
                  select %1$s as k, 1 as received, 0 as finished, 0 as early, 0 as on_time, 0 as late, 0 as refused, 0 as stopped,
                         0 as same_day, 0 as returned, 0 as returned_same_day
                  from dossier where office_code = 'H99.03' and cast(received_at as date) = :day
                  union all
                  select %2$s, 0, case when %3$s then 1 else 0 end,
                         case when %3$s and cast(finished_at as date) < cast(due_at as date) then 1 else 0 end,
                         case when %3$s and cast(finished_at as date) = cast(due_at as date) and finished_at <= due_at then 1 else 0 end,
                         case when %3$s and finished_at > due_at then 1 else 0 end,
                         case when status = 'REFUSED' then 1 else 0 end, case when status = 'STOPPED' then 1 else 0 end,
                         case when %3$s and cast(received_at as date) = :day then 1 else 0 end, 0, 0
                  from dossier where office_code = 'H99.03' and cast(finished_at as date) = :day
                  union all
                  select %1$s, 0, 0, 0, 0, 0, 0, 0, 0, 1, case when cast(received_at as date) = :day then 1 else 0 end
                  from dossier where office_code = 'H99.03' and cast(returned_at as date) = :day
                ) as events group by k
                """.formatted(receivedKey, closedKey, judged)).param("day", day)
                .query((rs, n) -> result.put(rs.getString(1), new DayCounts(rs.getLong(2), 0, rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11))))
                .list();
        return result;
    }

    private static String key(Dimension dimension, String officer) {
        return switch (dimension) {
            case ALL -> "''";
            case FIELD -> "field";
            case PROCEDURE -> "procedure_code";
            case OFFICER -> officer;
            case CHANNEL -> "data -> 'intake' ->> 'channel'";
            case MODEL -> throw new IllegalArgumentException("models are checked by ModelStatisticsIT");
        };
    }
    /** The rows of the coarser grain (every dimension and key of the office) that differ from the sum of the finer. */
    private long rowsNotSummingUp(String finer, String coarser, String unit) {
        String columns = "received, assisted, finished, early, on_time, late, refused, stopped, finished_same_day, returned, returned_same_day";
        String sums = java.util.Arrays.stream(columns.split(", ")).map(c -> "sum(" + c + ") as " + c).collect(java.util.stream.Collectors.joining(", "));
        return jdbc.sql("""
                with fine as (select dimension, key, date_trunc('%s', period)::date as period, %s from report_count
                              where grain = '%s' and office_code = 'H99.03' group by 1, 2, 3),
                     coarse as (select dimension, key, period, %s from report_count where grain = '%s' and office_code = 'H99.03')
                select count(*) from fine full join coarse using (dimension, key, period)
                where (%s) is distinct from (%s)
                """.formatted(unit, sums, finer, columns, coarser, prefixed("fine", columns), prefixed("coarse", columns)))
                .query(Long.class).single();
    }

    private static String prefixed(String table, String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(c -> table + "." + c).collect(java.util.stream.Collectors.joining(", "));
    }
}
