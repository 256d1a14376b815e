package db.migration;

import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores each dossier's state in its three parts (decision 0010): {@code intake} (fixed at reception),
 * {@code progress} and {@code closing} (none while open); the control sheet's stages and holders become kinds
 * ({@code {"kind": "LEADER"}}, {@code {"kind": "STEP", "title": …}}) instead of Vietnamese text.
 *
 * <p>Which stage a row of the sheet is follows from the transition that wrote it: the rows and the dossier's
 * hand-over transitions are written together, one for one, in the same order. Only a dossier whose transitions do
 * not match its rows (none is known) is read by its words. The rows keep their words where they are names: a
 * procedure step's title, a unit. Works on the JSON alone, so that later changes of the Java types do not change
 * what this migration does.
 */
public class V28__dossier_state_in_parts extends BaseJavaMigration {

    static final Set<String> INTAKE = Set.of("code", "office", "procedure", "applicant", "representative", "channel",
            "documents", "declaration", "declarationFilledBy", "receivedAt", "receivedBy", "models");
    static final List<String> PROGRESS = List.of("competentOffice", "status", "clock", "step", "stepStartedAt",
            "controlSheet", "consultations", "missingItems", "apologyReason");
    static final List<String> HANDOVERS = List.of("TRANSFER", "HAND_OVER", "SUBMIT_FOR_APPROVAL", "SEND_BACK", "APPROVE",
            "RESULT_READY", "RETURN");
    static final Map<String, String> STAGES = Map.of("Tiếp nhận và chuyển hồ sơ", "RECEPTION_AND_TRANSFER",
            "Xử lý hồ sơ", "PROCESSING", "Trình ký", "SUBMISSION", "Ký duyệt", "APPROVAL",
            "Nhận kết quả tại Bộ phận Một cửa", "RESULT_AT_DESK", "Trả kết quả", "RETURN");
    static final Map<String, String> PARTIES = Map.of("Bộ phận chuyên môn", "SPECIALIST_UNIT", "Lãnh đạo", "LEADER",
            "Bộ phận Một cửa", "DESK", "Công dân / tổ chức", "APPLICANT");
    private static final int BATCH = 1000;

    private final JsonMapper json = JsonMapper.builder().build();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var read = connection.prepareStatement("""
                select d.code, d.data::text,
                       array(select t.action from dossier_transition t where t.dossier_code = d.code
                             and t.action in ('TRANSFER', 'HAND_OVER', 'SUBMIT_FOR_APPROVAL', 'SEND_BACK', 'APPROVE',
                                              'RESULT_READY', 'RETURN') order by t.id)
                from dossier d where d.data -> 'intake' is null
                """); var write = connection.prepareStatement("update dossier set data = cast(? as jsonb) where code = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (var rows = read.executeQuery()) {
                while (rows.next()) {
                    write.setString(1, json.writeValueAsString(inParts((ObjectNode) json.readTree(rows.getString(2)),
                            actions(rows.getArray(3)))));
                    write.setString(2, rows.getString(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (var ddl = connection.createStatement()) {
            ddl.execute("drop index if exists dossier_consultations");
            ddl.execute("create index dossier_consultations on dossier using gin ((data -> 'progress' -> 'consultations') jsonb_path_ops)");
            ddl.execute("alter table dossier drop column holder");
        }
    }

    private static List<String> actions(Array array) throws java.sql.SQLException {
        return List.of((String[]) array.getArray());
    }

    /** The dossier's JSON in parts; {@code actions} are its hand-over transitions, oldest first. */
    ObjectNode inParts(ObjectNode old, List<String> actions) {
        ObjectNode intake = nodes.objectNode();
        INTAKE.forEach(name -> intake.set(name, old.path(name).isMissingNode() ? nodes.nullNode() : old.get(name)));
        ObjectNode progress = nodes.objectNode();
        PROGRESS.forEach(name -> progress.set(name, old.path(name).isMissingNode() ? nodes.nullNode() : old.get(name)));
        boolean noSteps = old.path("procedure").path("steps").isEmpty();
        var sheet = nodes.arrayNode();
        JsonNode previous = null;
        var rows = old.path("controlSheet");
        boolean byAction = actions.size() == rows.size();
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode row = ((ObjectNode) rows.get(i)).deepCopy();
            String step = row.path("step").asString(null);
            String to = row.path("to").asString(null);
            String action = byAction ? actions.get(i) : null;
            ObjectNode holder = action == null ? party(to) : switch (action) {
                case "TRANSFER" -> "Bộ phận chuyên môn".equals(to) ? kind("SPECIALIST_UNIT") : named("UNIT", to);
                case "HAND_OVER" -> named("UNIT", to);
                case "SUBMIT_FOR_APPROVAL" -> kind("LEADER");
                case "SEND_BACK" -> previous != null && to != null && to.equals(rows.get(i - 1).path("to").asString(null))
                        ? (ObjectNode) previous.deepCopy() : party(to);
                case "APPROVE", "RESULT_READY" -> kind("DESK");
                default -> kind("APPLICANT");
            };
            ObjectNode stage = action == null ? stage(step) : switch (action) {
                case "TRANSFER" -> kind("RECEPTION_AND_TRANSFER");
                case "HAND_OVER" -> step(step);
                case "SUBMIT_FOR_APPROVAL" -> "Xử lý hồ sơ".equals(step) && noSteps ? kind("PROCESSING") : step(step);
                case "SEND_BACK" -> kind("SUBMISSION");
                case "APPROVE" -> kind("APPROVAL");
                case "RESULT_READY" -> kind("RESULT_AT_DESK");
                default -> kind("RETURN");
            };
            row.set("step", stage);
            row.set("to", holder);
            sheet.add(row);
            previous = holder;
        }
        progress.set("controlSheet", sheet);
        String officer = old.path("holder").asString(old.path("receivedBy").asString(null));
        progress.set("holder", previous != null ? previous.deepCopy() : named("OFFICER", officer));
        JsonNode finished = old.path("finishedAt");
        ObjectNode parts = nodes.objectNode();
        parts.set("intake", intake);
        parts.set("progress", progress);
        if (finished.isMissingNode() || finished.isNull()) {
            parts.set("closing", nodes.nullNode());
        } else {
            ObjectNode closing = nodes.objectNode();
            closing.set("finishedAt", finished);
            closing.set("returnedAt", old.path("returnedAt").isMissingNode() ? nodes.nullNode() : old.get("returnedAt"));
            closing.set("returnedThrough", old.path("returnedThrough").isMissingNode() ? nodes.nullNode() : old.get("returnedThrough"));
            closing.set("reason", old.path("closingReason").isMissingNode() ? nodes.nullNode() : old.get("closingReason"));
            parts.set("closing", closing);
        }
        parts.put("version", old.path("version").asLong(0));
        return parts;
    }

    private ObjectNode stage(String words) {
        String kind = STAGES.get(words);
        return kind != null ? kind(kind) : step(words);
    }

    private ObjectNode party(String words) {
        String kind = PARTIES.get(words);
        return kind != null ? kind(kind) : named("UNIT", words);
    }

    private ObjectNode step(String title) {
        return nodes.objectNode().put("kind", "STEP").put("title", title);
    }

    private ObjectNode named(String kind, String name) {
        return nodes.objectNode().put("kind", kind).put("name", name);
    }

    private ObjectNode kind(String kind) {
        return nodes.objectNode().put("kind", kind);
    }
}
