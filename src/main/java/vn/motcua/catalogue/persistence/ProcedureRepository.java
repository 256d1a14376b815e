package vn.motcua.catalogue.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.ProcessingUnit;
import vn.motcua.catalogue.CatalogueQuery;
import vn.motcua.catalogue.ProcedurePage;
import vn.motcua.catalogue.ProcedureSummary;
import vn.motcua.catalogue.domain.AdministrativeLevel;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.catalogue.domain.Fee;
import vn.motcua.catalogue.domain.FormField;
import vn.motcua.catalogue.domain.Procedure;
import vn.motcua.catalogue.domain.ProcedureCode;
import vn.motcua.catalogue.domain.ProcedureVersion;
import vn.motcua.catalogue.domain.ProcessingStep;
import vn.motcua.catalogue.domain.RequiredDocument;
import vn.motcua.organization.domain.AgencyCode;

/** Stores procedures and their versions; searches the versions in force on a day. */
@Repository
public class ProcedureRepository {

    /** The nested parts of a version, kept as one JSON document. */
    record Details(List<ProcessingStep> steps, List<RequiredDocument> documents, List<Fee> fees, List<String> results,
            List<FormField> form, Integer supplementWindowDays) {
    }

    private static final String IN_FORCE = """
            v.effective_from = (select max(w.effective_from) from procedure_version w
                                where w.procedure_code = v.procedure_code and w.effective_from <= :day)""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcedureRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long count() {
        return jdbc.sql("select count(*) from procedure").query(Long.class).single();
    }

    /** Adds the version, or replaces the one of the same procedure starting the same day. */
    public void save(ProcedureVersion v) {
        jdbc.sql("insert into procedure (code) values (?) on conflict do nothing").param(v.code().value()).update();
        jdbc.sql("delete from procedure_version where procedure_code = ? and effective_from = ?")
                .params(v.code().value(), v.effectiveFrom()).update();
        jdbc.sql("""
                insert into procedure_version (procedure_code, effective_from, name, field, level, legal_amount, legal_unit,
                    legal_cutoff, target_amount, target_unit, target_cutoff, boundary_free, channels, legal_basis,
                    verification, details, search_text)
                values (:code, :from, :name, :field, :level, :legalAmount, :legalUnit, :legalCutoff, :targetAmount,
                    :targetUnit, :targetCutoff, :boundaryFree, string_to_array(:channels, ','), :legalBasis,
                    :verification, cast(:details as jsonb), :search)
                """)
                .param("code", v.code().value()).param("from", v.effectiveFrom()).param("name", v.name())
                .param("field", v.field()).param("level", v.level().name())
                .param("legalAmount", amount(v.legalTime())).param("legalUnit", v.legalTime().unit().name())
                .param("legalCutoff", v.legalTime().cutoff())
                .param("targetAmount", v.serviceTarget() == null ? null : amount(v.serviceTarget()))
                .param("targetUnit", v.serviceTarget() == null ? null : v.serviceTarget().unit().name())
                .param("targetCutoff", v.serviceTarget() == null ? null : v.serviceTarget().cutoff())
                .param("boundaryFree", v.boundaryFree())
                .param("channels", v.channels().stream().map(Channel::name).sorted().collect(Collectors.joining(",")))
                .param("legalBasis", v.legalBasis()).param("verification", v.verification())
                .param("details", json.writeValueAsString(new Details(v.steps(), v.documents(), v.fees(), v.results(), v.form(), v.supplementWindowDays())))
                .param("search", v.searchText())
                .update();
    }

    public void offer(AgencyCode office, ProcedureCode code, String competentAgency) {
        jdbc.sql("""
                insert into office_procedure (office_code, procedure_code, competent_agency) values (?, ?, ?)
                on conflict (office_code, procedure_code) do update set competent_agency = excluded.competent_agency
                """).params(office.value(), code.value(), competentAgency).update();
    }

    public void withdraw(AgencyCode office, ProcedureCode code) {
        jdbc.sql("delete from office_procedure where office_code = ? and procedure_code = ?")
                .params(office.value(), code.value()).update();
    }

    /** Empty when the office does not offer the procedure; otherwise its competent agency ("" when not named). */
    public Optional<String> offering(AgencyCode office, ProcedureCode code) {
        return jdbc.sql("select coalesce(competent_agency, '') from office_procedure where office_code = ? and procedure_code = ?")
                .params(office.value(), code.value()).query(String.class).optional();
    }

    /** The offices that receive the procedure, by code. */
    public List<AgencyCode> officesOffering(ProcedureCode code) {
        return jdbc.sql("select office_code from office_procedure where procedure_code = ? order by office_code")
                .param(code.value()).query((rs, n) -> AgencyCode.of(rs.getString(1))).list();
    }

    public List<ProcedureCode> codesAt(AdministrativeLevel level, LocalDate day) {
        return jdbc.sql("select v.procedure_code from procedure_version v where v.level = :level and " + IN_FORCE)
                .param("level", level.name()).param("day", day)
                .query((rs, n) -> ProcedureCode.of(rs.getString(1))).list();
    }

    public Optional<Procedure> find(ProcedureCode code) {
        List<ProcedureVersion> versions = jdbc.sql("select * from procedure_version where procedure_code = ? order by effective_from")
                .param(code.value()).query(this::version).list();
        return versions.isEmpty() ? Optional.empty() : Optional.of(new Procedure(code, versions));
    }

    /** Every procedure code in the catalogue. */
    public java.util.Set<String> codes() {
        return new java.util.HashSet<>(jdbc.sql("select code from procedure").query(String.class).list());
    }

    /** Every version of every procedure, by code and then by date. */
    public List<ProcedureVersion> allVersions() {
        return jdbc.sql("select * from procedure_version order by procedure_code, effective_from").query(this::version).list();
    }

    public List<String> fields() {
        return jdbc.sql("select distinct field from procedure_version order by field").query(String.class).list();
    }

    public ProcedurePage search(CatalogueQuery query, LocalDate day) {
        var where = new StringBuilder(IN_FORCE);
        var params = new java.util.HashMap<String, Object>();
        params.put("day", day);
        String[] words = query.words();
        for (int i = 0; i < words.length; i++) {
            where.append(" and v.search_text like :w").append(i);
            params.put("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.field() != null) {
            where.append(" and v.field = :field");
            params.put("field", query.field());
        }
        if (query.office() != null) {
            where.append(" and exists (select 1 from office_procedure o where o.procedure_code = v.procedure_code"
                    + " and o.office_code = :office)");
            params.put("office", query.office().value());
        }
        long total = jdbc.sql("select count(*) from procedure_version v where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        List<ProcedureSummary> items = jdbc.sql("""
                select v.procedure_code, v.name, v.field, v.legal_amount, v.legal_unit, v.legal_cutoff
                from procedure_version v where %s order by v.procedure_code limit :limit offset :offset
                """.formatted(where))
                .params(params)
                .query((rs, n) -> new ProcedureSummary(ProcedureCode.of(rs.getString("procedure_code")), rs.getString("name"),
                        rs.getString("field"), time(rs, "legal")))
                .list();
        return new ProcedurePage(items, query.page(), query.size(), total);
    }

    /**
     * The procedures in force that match most of the words, for a search that matched none with all of them: a
     * citizen's extra word ("làm", "xin", "cho con") should not leave them with nothing.
     */
    public List<ProcedureSummary> suggest(String[] words, AgencyCode office, LocalDate day, int limit) {
        var params = new java.util.HashMap<String, Object>();
        params.put("day", day);
        var score = new java.util.ArrayList<String>();
        for (int i = 0; i < words.length && i < 8; i++) {
            if (words[i].length() >= 2) {
                score.add("(case when v.search_text like :w" + i + " then 1 else 0 end)");
                params.put("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (score.isEmpty()) {
            return List.of();
        }
        String where = IN_FORCE + (office == null ? "" : " and exists (select 1 from office_procedure o"
                + " where o.procedure_code = v.procedure_code and o.office_code = :office)");
        if (office != null) {
            params.put("office", office.value());
        }
        params.put("limit", limit);
        return jdbc.sql("""
                select * from (select v.procedure_code, v.name, v.field, v.legal_amount, v.legal_unit, v.legal_cutoff,
                       %s as score from procedure_version v where %s) s
                where score > 0 order by score desc, procedure_code limit :limit
                """.formatted(String.join(" + ", score), where))
                .params(params)
                .query((rs, n) -> new ProcedureSummary(ProcedureCode.of(rs.getString("procedure_code")), rs.getString("name"),
                        rs.getString("field"), time(rs, "legal")))
                .list();
    }

    /** The procedures in force with these codes, in the order given. */
    public List<ProcedureSummary> summaries(List<String> codes, LocalDate day) {
        if (codes.isEmpty()) {
            return List.of();
        }
        var found = jdbc.sql("""
                select v.procedure_code, v.name, v.field, v.legal_amount, v.legal_unit, v.legal_cutoff
                from procedure_version v where %s and v.procedure_code in (:codes)
                """.formatted(IN_FORCE)).param("day", day).param("codes", codes)
                .query((rs, n) -> new ProcedureSummary(ProcedureCode.of(rs.getString("procedure_code")), rs.getString("name"),
                        rs.getString("field"), time(rs, "legal")))
                .list();
        return codes.stream().flatMap(c -> found.stream().filter(f -> f.code().value().equals(c)).limit(1)).toList();
    }

    private ProcedureVersion version(ResultSet rs, int row) throws SQLException {
        Details d = json.readValue(rs.getString("details"), Details.class);
        var channels = new ArrayList<Channel>();
        Arrays.stream((String[]) rs.getArray("channels").getArray()).map(Channel::valueOf).forEach(channels::add);
        return new ProcedureVersion(ProcedureCode.of(rs.getString("procedure_code")),
                rs.getDate("effective_from").toLocalDate(), rs.getString("name"), rs.getString("field"),
                AdministrativeLevel.valueOf(rs.getString("level")), time(rs, "legal"),
                rs.getString("target_unit") == null ? null : time(rs, "target"), rs.getBoolean("boundary_free"),
                orEmpty(d.steps()), orEmpty(d.documents()), orEmpty(d.fees()), orEmpty(d.results()),
                channels.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(channels), rs.getString("legal_basis"),
                orEmpty(d.form()), rs.getString("verification"), d.supplementWindowDays());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Long amount(ProcessingTime time) {
        return time.unit() == ProcessingUnit.SAME_DAY ? null : time.amount();
    }

    private static ProcessingTime time(ResultSet rs, String prefix) throws SQLException {
        ProcessingUnit unit = ProcessingUnit.valueOf(rs.getString(prefix + "_unit"));
        var cutoff = rs.getTime(prefix + "_cutoff");
        return unit == ProcessingUnit.SAME_DAY ? ProcessingTime.sameDay(cutoff == null ? null : cutoff.toLocalTime())
                : new ProcessingTime(rs.getLong(prefix + "_amount"), unit, null);
    }
}
