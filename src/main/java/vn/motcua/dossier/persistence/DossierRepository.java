package vn.motcua.dossier.persistence;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.calendar.WorkingCalendars;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Transition;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Scan;

/** Stores dossiers with optimistic locking, issues daily code numbers, keeps transitions. */
@Repository
public class DossierRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DossierRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The next number of the office's day: 1, 2, 3, … never the same twice once committed. Runs as its own
     * one-statement transaction (call it outside any other), so concurrent acceptances at one office wait on
     * the office's row only for that instant.
     */
    public long nextNumber(AgencyCode office, LocalDate day) {
        // Committing this increment need not wait for the disk: the acceptance that uses the number commits
        // synchronously later, and its WAL flush covers this earlier record, so a number in use is never lost.
        // The setting is made inside the statement so that number and commit take one round trip.
        return jdbc.sql("""
                insert into dossier_code_sequence (office_code, day, last_value)
                select ?, ?, 1 from (select set_config('synchronous_commit', 'off', true)) as no_disk_wait
                on conflict (office_code, day) do update set last_value = dossier_code_sequence.last_value + 1
                returning last_value
                """).params(office.value(), day).query(Long.class).single();
    }

    /** The key under which an actor sent a request, and the request's text, to bind to the dossier it makes. */
    public record Claim(String actor, String key, String request) {
    }

    /**
     * Inserts a new dossier with its transitions, and binds the claim's key to it, in one statement. When the
     * key is already bound (by a concurrent request too: the statement waits for it on the key's row and then
     * finds it taken), nothing is inserted and false is returned.
     */
    public boolean insert(DossierData d, List<Transition> transitions, Claim claim) {
        var params = params(d);
        var rows = new StringBuilder();
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            rows.append(i == 0 ? "" : ", ").append("(:a%1$d, :f%1$d, :t%1$d, :by%1$d, cast(:at%1$d as timestamp), :n%1$d)".formatted(i));
            params.addValue("a" + i, t.action().name()).addValue("f" + i, t.from() == null ? null : t.from().name())
                    .addValue("t" + i, t.to().name()).addValue("by" + i, t.by()).addValue("at" + i, Timestamp.valueOf(t.at()))
                    .addValue("n" + i, t.note());
        }
        String key = "";
        String guard = "";
        if (claim != null) {
            key = """
                    k as (insert into idempotency_key (actor, key, request, dossier_code) values (:actor, :key, :request, :code)
                        on conflict do nothing returning dossier_code),
                    """;
            guard = "where exists (select 1 from k)";
            params.addValue("actor", claim.actor()).addValue("key", claim.key()).addValue("request", claim.request());
        }
        String transitionRows = transitions.isEmpty() ? "" : """
                , t as (insert into dossier_transition (dossier_code, action, from_status, to_status, actor, at, note)
                    select d.code, v.* from d, (values %s) as v (action, from_status, to_status, actor, at, note))
                """.formatted(rows);
        return jdbc.sql("with " + key + """
                d as (insert into dossier (code, office_code, competent_office, procedure_code, field, status, received_at,
                        due_at, promised_at, finished_at, returned_at, data, version)
                    select :code, :office, :competent, :procedure, :field, :status, :received, :due, :promised, :finished, :returned, cast(:data as jsonb), 0 %s returning code)
                """.formatted(guard) + transitionRows + " select count(*) from d")
                .paramSource(params).query(Long.class).single() == 1;
    }

    /** Saves the dossier unless someone saved it since it was read; returns whether it was saved. */
    public boolean update(DossierData d) {
        return jdbc.sql("""
                update dossier set status = :status, due_at = :due, promised_at = :promised,
                    finished_at = :finished, returned_at = :returned, competent_office = :competent,
                    data = cast(:data as jsonb), version = version + 1, updated_at = now()
                where code = :code and version = :version
                """).paramSource(params(d)).update() == 1;
    }

    /** The office's dossiers in one of the statuses, the earliest due first, at most {@code limit}. */
    public List<DossierData> receivedAt(AgencyCode office, List<DossierStatus> statuses, int limit) {
        return jdbc.sql("""
                select data, version from dossier where office_code = :office and status in (:statuses)
                order by due_at limit :limit""")
                .param("office", office.value()).param("statuses", statuses.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query((rs, n) -> withVersion(json.readValue(rs.getString("data"), DossierData.class), rs.getLong("version")))
                .list();
    }

    /**
     * The dossiers whose searched keys hold the number (V29: the applicant's and representative's personal ID numbers,
     * an organisation's number, the phone), newest first, at most {@code limit}; the caller checks whose number it is.
     */
    public List<DossierData> naming(String number, int limit) {
        return jdbc.sql("select data, version from dossier where person_keys @> array[cast(? as text)] "
                        + "order by received_at desc limit ?")
                .params(number, limit)
                .query((rs, n) -> withVersion(json.readValue(rs.getString("data"), DossierData.class), rs.getLong("version")))
                .list();
    }

    public Optional<DossierData> find(DossierCode code) {
        return jdbc.sql("select data, version from dossier where code = ?").param(code.value())
                .query((rs, n) -> withVersion(json.readValue(rs.getString("data"), DossierData.class), rs.getLong("version")))
                .optional();
    }

    public void record(DossierCode code, Transition t) {
        jdbc.sql("""
                insert into dossier_transition (dossier_code, action, from_status, to_status, actor, at, note)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(code.value(), t.action().name(), t.from() == null ? null : t.from().name(), t.to().name(), t.by(),
                        Timestamp.valueOf(t.at()), t.note()).update();
    }

    public List<Transition> transitions(DossierCode code) {
        return jdbc.sql("select * from dossier_transition where dossier_code = ? order by id").param(code.value())
                .query((rs, n) -> new Transition(Action.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                        rs.getTimestamp("at").toLocalDateTime(), rs.getString("note")))
                .list();
    }

    /** The earlier request (as text) and dossier code under the actor's key. */
    public Optional<String[]> earlier(String actor, String key) {
        return jdbc.sql("select request, dossier_code from idempotency_key where actor = ? and key = ?")
                .params(actor, key).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    public void attach(DossierCode code, Scan scan) {
        jdbc.sql("""
                insert into dossier_scan (id, dossier_code, file_name, content_type, size_bytes, content, paper)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(java.util.UUID.randomUUID(), code.value(), scan.fileName(), scan.contentType(),
                        scan.content().length, scan.content(), scan.paper()).update();
    }

    /**
     * The scans of a dossier: id, file name, type, size in KB, the paper it digitises, and once checked against the
     * original: who checked it, when (office time, as shown) and its digitisation code (not the content).
     */
    public List<String[]> scans(DossierCode code) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, paper, digitised_by, digitised_at, digitisation_code
                from dossier_scan where dossier_code = ? order by uploaded_at, file_name
                """).param(code.value()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf((rs.getInt(4) + 1023) / 1024), rs.getString(5), rs.getString(6),
                        rs.getTimestamp(7) == null ? null : java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                                .withZone(WorkingCalendars.ZONE).format(rs.getTimestamp(7).toInstant()),
                        rs.getString(8)}).list();
    }

    /** The office's dossiers of a field received in the period, in order of reception: the tracking book. */
    public List<DossierData> received(AgencyCode office, String field, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select data, version from dossier where office_code = :office and (cast(:field as varchar) is null or field = :field)
                  and received_at >= :from and received_at < :to order by received_at, code limit 10000
                """).param("office", office.value()).param("field", field)
                .param("from", Timestamp.valueOf(from.atStartOfDay())).param("to", Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query((rs, n) -> withVersion(json.readValue(rs.getString("data"), DossierData.class), rs.getLong("version")))
                .list();
    }

    /** One scan's type, name and bytes, if it belongs to the dossier. */
    public Optional<Scan> scan(DossierCode code, java.util.UUID id) {
        return jdbc.sql("select file_name, content_type, content, paper from dossier_scan where id = ? and dossier_code = ?")
                .params(id, code.value())
                .query((rs, n) -> new Scan(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    private DossierData withVersion(DossierData d, long version) {
        return d.atVersion(version);
    }

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(DossierData d) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("code", d.code().value()).addValue("office", d.office().value())
                .addValue("competent", d.competentOffice().value()).addValue("procedure", d.procedure().code())
                .addValue("field", d.procedure().field() == null ? "" : d.procedure().field())
                .addValue("status", d.status().name()).addValue("received", ts(d.receivedAt()))
                .addValue("due", ts(d.clock().dueAt())).addValue("promised", ts(d.clock().promisedAt()))
                .addValue("finished", ts(d.finishedAt()))
                .addValue("returned", ts(d.returnedAt())).addValue("data", json.writeValueAsString(d))
                .addValue("version", d.version());
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }
}
