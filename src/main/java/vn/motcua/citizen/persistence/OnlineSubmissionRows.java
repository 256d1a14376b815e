package vn.motcua.citizen.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.citizen.domain.OnlineSubmission;
import vn.motcua.citizen.domain.SubmissionContact;
import vn.motcua.citizen.domain.SubmittedPaper;

/**
 * The {@code online_submission} and {@code online_submission_paper} tables (V39). A submission is written whole, under
 * its version: two tabs (or an officer and the citizen) never overwrite each other's change.
 */
@Repository
public class OnlineSubmissionRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OnlineSubmissionRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(OnlineSubmission s, Instant at) {
        jdbc.sql("""
                insert into online_submission (id, account_id, office_code, procedure_code, procedure_name, status,
                    declaration, contact, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?)
                """).params(s.id(), s.owner(), s.office(), s.procedure(), s.procedureName(), s.status().name(),
                        json.writeValueAsString(s.declaration()), json.writeValueAsString(s.contact()),
                        Timestamp.from(at), Timestamp.from(at)).update();
    }

    /**
     * Writes the submission as it became, if nobody changed it since it was read (its version); false otherwise.
     * {@code submitKey} binds a submission request's key when it is the one sending it.
     */
    public boolean update(OnlineSubmission s, Instant at, String submitKey, Long slipId) {
        int changed = jdbc.sql("""
                update online_submission set status = ?, declaration = cast(? as jsonb), contact = cast(? as jsonb),
                    dossier_code = ?, round = ?, submitted_at = ?, received_at = ?, check_due_at = ?,
                    answer = cast(? as jsonb), decided_by = ?, decided_at = ?, updated_at = ?,
                    submit_key = coalesce(?, submit_key), slip_id = coalesce(?, slip_id), version = version + 1
                where id = ? and version = ?
                """).params(s.status().name(), json.writeValueAsString(s.declaration()),
                        json.writeValueAsString(s.contact()), s.dossierCode(), s.round(), timestamp(s.submittedAt()),
                        local(s.receivedAt()), local(s.checkDueAt()), json.writeValueAsString(s.answer()), s.decidedBy(),
                        timestamp(s.decidedAt()), Timestamp.from(at), submitKey, slipId, s.id(), s.version())
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from online_submission_paper where submission_id = ?").param(s.id()).update();
        for (int i = 0; i < s.papers().size(); i++) {
            SubmittedPaper p = s.papers().get(i);
            jdbc.sql("""
                    insert into online_submission_paper (submission_id, position, paper, document_id, file_name,
                        content_type, size_bytes, sha256, round, reused) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(s.id(), i, p.paper(), p.documentId(), p.fileName(), p.contentType(), p.size(),
                            p.sha256(), p.round(), p.reused()).update();
        }
        return true;
    }

    /** The owner's submission; another citizen's is not found. */
    public Optional<OnlineSubmission> find(UUID owner, UUID id) {
        return jdbc.sql("select * from online_submission where id = ? and account_id = ?").params(id, owner)
                .query(this::submission).optional().map(this::withPapers);
    }

    /** The submission sent with this key by its owner, if one was. */
    public Optional<OnlineSubmission> findByKey(UUID owner, String key) {
        return jdbc.sql("select * from online_submission where account_id = ? and submit_key = ?").params(owner, key)
                .query(this::submission).optional().map(this::withPapers);
    }

    /** A submission of the office, locked until the end of the transaction (the desk's check). */
    public Optional<OnlineSubmission> lockAtOffice(UUID id, String office) {
        return jdbc.sql("select * from online_submission where id = ? and office_code = ? and status <> 'DRAFT' for update")
                .params(id, office).query(this::submission).optional().map(this::withPapers);
    }

    /** A submission of the office, sent at least once (drafts are the citizen's only). */
    public Optional<OnlineSubmission> findAtOffice(UUID id, String office) {
        return jdbc.sql("select * from online_submission where id = ? and office_code = ? and status <> 'DRAFT'")
                .params(id, office).query(this::submission).optional().map(this::withPapers);
    }

    /** The slip (form 02 or 03) last issued for the submission, if any. */
    public Optional<Long> slip(UUID id) {
        return jdbc.sql("select slip_id from online_submission where id = ? and slip_id is not null").param(id)
                .query(Long.class).optional();
    }

    /** The owner's submissions, last changed first (without their papers). */
    public List<OnlineSubmission> ofOwner(UUID owner, int limit) {
        return jdbc.sql("select * from online_submission where account_id = ? order by updated_at desc limit ?")
                .params(owner, limit).query(this::submission).list();
    }

    public int drafts(UUID owner) {
        return jdbc.sql("select count(*) from online_submission where account_id = ? and status = 'DRAFT'").param(owner)
                .query(Integer.class).single();
    }

    /** The office's submissions waiting for their check, received first first (without their papers). */
    public List<OnlineSubmission> waiting(String office, int limit) {
        return jdbc.sql("""
                select * from online_submission where office_code = ? and status = 'WAITING'
                order by received_at, submitted_at limit ?
                """).params(office, limit).query(this::submission).list();
    }

    public int countWaiting(String office) {
        return jdbc.sql("select count(*) from online_submission where office_code = ? and status = 'WAITING'")
                .param(office).query(Integer.class).single();
    }

    /** Deletes the owner's draft (never a submitted dossier); false when there is none. */
    public boolean deleteDraft(UUID owner, UUID id) {
        return jdbc.sql("delete from online_submission where id = ? and account_id = ? and status = 'DRAFT' and round = 0")
                .params(id, owner).update() == 1;
    }

    private OnlineSubmission withPapers(OnlineSubmission s) {
        var papers = jdbc.sql("select * from online_submission_paper where submission_id = ? order by position")
                .param(s.id()).query((r, n) -> new SubmittedPaper(r.getString("paper"), r.getObject("document_id", UUID.class),
                        r.getString("file_name"), r.getString("content_type"), r.getLong("size_bytes"), r.getString("sha256"),
                        r.getInt("round"), r.getBoolean("reused"))).list();
        return new OnlineSubmission(s.id(), s.owner(), s.office(), s.procedure(), s.procedureName(), s.status(),
                s.declaration(), s.contact(), papers, s.dossierCode(), s.round(), s.submittedAt(), s.receivedAt(),
                s.checkDueAt(), s.answer(), s.decidedBy(), s.decidedAt(), s.version());
    }

    private OnlineSubmission submission(ResultSet r, int n) throws SQLException {
        return new OnlineSubmission(r.getObject("id", UUID.class), r.getObject("account_id", UUID.class),
                r.getString("office_code"), r.getString("procedure_code"), r.getString("procedure_name"),
                OnlineSubmission.Status.valueOf(r.getString("status")),
                json.readValue(r.getString("declaration"), new TypeReference<Map<String, String>>() { }),
                json.readValue(r.getString("contact"), SubmissionContact.class), List.of(), r.getString("dossier_code"),
                r.getInt("round"), instant(r.getTimestamp("submitted_at")), localTime(r.getTimestamp("received_at")),
                localTime(r.getTimestamp("check_due_at")),
                json.readValue(r.getString("answer"), new TypeReference<List<String>>() { }), r.getString("decided_by"),
                instant(r.getTimestamp("decided_at")), r.getInt("version"));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Timestamp local(LocalDateTime at) {
        return at == null ? null : Timestamp.valueOf(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static LocalDateTime localTime(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
