package vn.motcua.dossier.persistence;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.organization.domain.AgencyCode;

/**
 * The work lists' queries. An office sees the dossiers it received, those it decides, and those with a
 * consultation to it still open; each of the three is its own branch of a {@code union all}, so that every
 * branch walks its own index in the list's order and stops after one page, whatever the office's size.
 * The searched columns ({@code person_words}, {@code person_keys}) are generated from the dossier (V29).
 */
@Repository
public class WorkListRows {

    /**
     * What a list holds: the office's dossiers in the statuses, narrowed by whatever is set.
     *
     * @param words a PostgreSQL text-search query over the applicant's and representative's names
     * @param key a number the applicant or representative is known by (ID, tax number, phone)
     * @param overdueAt only dossiers due before this instant
     * @param dueFrom with {@code dueBefore}: only dossiers due in [dueFrom, dueBefore)
     * @param newestFirst newest receipt first, else the soonest promise first
     */
    public record Filter(AgencyCode office, Collection<DossierStatus> statuses, String code, String key, String words,
            String procedure, String field, LocalDateTime overdueAt, LocalDateTime dueFrom, LocalDateTime dueBefore,
            boolean newestFirst) {

        public Filter withStatuses(Collection<DossierStatus> other) {
            return new Filter(office, other, code, key, words, procedure, field, overdueAt, dueFrom, dueBefore, newestFirst);
        }
    }

    private static final String[] SCOPES = {
        "office_code = :office",
        "competent_office = :office and competent_office <> office_code",
        "data -> 'progress' -> 'consultations' @> cast(:consulted as jsonb) and office_code <> :office"
                + " and competent_office <> :office"};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WorkListRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Plans this transaction's queries for their values: how many dossiers a name or a filter matches decides between
     * walking the list's order and searching the words' index first, and a generic plan (which the server switches to
     * after a statement has been prepared five times) cannot know it. Measured with bench/work-lists.sh: a name search
     * took 230 ms on the generic plan, 110 ms planned for its words.
     */
    public void planForValues() {
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
    }

    /** One page of the list, in its order. */
    public List<DossierData> page(Filter filter, int offset, int limit) {
        if (filter.statuses().isEmpty()) {
            return List.of();
        }
        String order = filter.newestFirst() ? "received_at desc, code desc" : "promised_at, code";
        List<String> branches = new ArrayList<>();
        // A code or a number matches a handful of dossiers: they are found first through their index and then sorted
        // ("offset 0" keeps the planner from walking the list's order index instead, hoping to meet them early).
        boolean few = filter.code() != null || filter.key() != null;
        for (String scope : SCOPES) {
            String matching = "select code, received_at, promised_at, data, version from dossier where " + scope + conditions(filter);
            branches.add(few ? "(select * from (" + matching + " offset 0) few order by " + order + " limit :reach)"
                    : "(" + matching + " order by " + order + " limit :reach)");
        }
        return jdbc.sql("select data, version from (" + String.join(" union all ", branches) + ") listed order by "
                        + order + " limit :limit offset :offset")
                .paramSource(params(filter).addValue("reach", offset + limit).addValue("limit", limit)
                        .addValue("offset", offset))
                .query((rs, n) -> json.readValue(rs.getString("data"), DossierData.class).atVersion(rs.getLong("version")))
                .list();
    }

    /** How many of the filter's dossiers are in each of its statuses; for open statuses, whose lists are short. */
    public Map<DossierStatus, Long> countByStatus(Filter filter) {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        if (filter.statuses().isEmpty()) {
            return counts;
        }
        List<String> branches = new ArrayList<>();
        // Open dossiers are a small share of an office's: the name's words are checked on each of them rather than
        // through the words' index, whose lists for common names ("nguyen") cost more than the whole open set.
        for (String scope : SCOPES) {
            branches.add(filter.words() == null ? "(select status from dossier where " + scope + conditions(filter) + ")"
                    : "(select status from (select status, person_words from dossier where " + scope + conditions(filter, false)
                            + " offset 0) open where person_words @@ cast(:words as tsquery))");
        }
        jdbc.sql("select status, count(*) as n from (" + String.join(" union all ", branches) + ") listed group by status")
                .paramSource(params(filter))
                .query((rs, n) -> counts.put(DossierStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    /** How many dossiers the filter holds, counting no further than {@code cap}: closed lists are long. */
    public long countUpTo(Filter filter, long cap) {
        if (filter.statuses().isEmpty()) {
            return 0;
        }
        List<String> branches = new ArrayList<>();
        for (String scope : SCOPES) {
            branches.add("(select 1 from dossier where " + scope + conditions(filter) + " limit :cap)");
        }
        return jdbc.sql("select count(*) from (select 1 from (" + String.join(" union all ", branches)
                        + ") listed limit :cap) counted")
                .paramSource(params(filter).addValue("cap", cap)).query(Long.class).single();
    }

    private static String conditions(Filter f) {
        return conditions(f, true);
    }

    private static String conditions(Filter f, boolean words) {
        var sql = new StringBuilder(" and status in (:statuses)");
        if (f.code() != null) {
            sql.append(" and code = :code");
        }
        if (f.key() != null) {
            sql.append(" and person_keys @> array[cast(:key as text)]");
        }
        if (words && f.words() != null) {
            sql.append(" and person_words @@ cast(:words as tsquery)");
        }
        if (f.procedure() != null) {
            sql.append(" and procedure_code = :procedure");
        }
        if (f.field() != null) {
            sql.append(" and field = :field");
        }
        if (f.overdueAt() != null) {
            sql.append(" and due_at < :overdueAt");
        }
        if (f.dueFrom() != null) {
            sql.append(" and due_at >= :dueFrom and due_at < :dueBefore");
        }
        return sql.toString();
    }

    private static MapSqlParameterSource params(Filter f) {
        return new MapSqlParameterSource().addValue("office", f.office().value())
                .addValue("consulted", "[{\"agencyCode\": \"" + f.office().value() + "\", \"answeredAt\": null}]")
                .addValue("statuses", f.statuses().stream().map(Enum::name).toList())
                .addValue("code", f.code()).addValue("key", f.key()).addValue("words", f.words())
                .addValue("procedure", f.procedure()).addValue("field", f.field())
                .addValue("overdueAt", ts(f.overdueAt())).addValue("dueFrom", ts(f.dueFrom()))
                .addValue("dueBefore", ts(f.dueBefore()));
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }
}
