package vn.motcua.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.dossier.ControlSheetWording;
import vn.motcua.dossier.domain.DossierData;
import vn.motcua.dossier.domain.Holder;
import vn.motcua.dossier.domain.Stage;
import vn.motcua.support.DatabaseTest;
import vn.motcua.support.RunUnique;

/**
 * Migration V28 on dossiers as the version before it stored them: a sample of the demo history (An Tân's five
 * years with its open dossiers of today, Hồng Hà's 2021 with its consultations, refusals and apologies) and
 * dossiers that took every hand-over (a send-back, a procedure without steps, a transfer to another agency), dumped
 * from that version into {@code db/v27-dossiers.jsonl.gz}. On a database of its own (created on the test's server),
 * migrated to V27, loaded, then migrated on: every dossier reads into the new parts and says exactly what it said,
 * its control sheet in the same words.
 */
@DatabaseTest
class DossierStateMigrationIT {

    @Autowired
    DataSource server;
    @Autowired
    ControlSheetWording wording;
    @Autowired
    JsonMapper json;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.password:}")
    String password;

    String database;
    SingleConnectionDataSource migrated;

    @BeforeEach
    void aDatabaseOfItsOwn() throws Exception {
        database = "motcua_v28_" + RunUnique.suffix().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        JdbcClient.create(server).sql("create database " + database + " encoding 'UTF8' template template0").update();
        String url;
        String user;
        try (var connection = server.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        migrated = new SingleConnectionDataSource(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), user, password,
                true);
    }

    @AfterEach
    void dropIt() {
        migrated.destroy();
        JdbcClient.create(server).sql("drop database if exists " + database + " with (force)").update();
    }

    @Test
    void every_dossier_stored_before_reads_in_parts_and_says_the_same() throws Exception {
        flyway("27").migrate();
        var before = load();
        assertThat(before).hasSizeGreaterThan(2000);
        flyway(null).migrate();

        var db = JdbcClient.create(migrated);
        var after = new HashMap<String, DossierData>();
        db.sql("select code, data::text, version from dossier").query((rs, n) -> after.put(rs.getString(1),
                json.readValue(rs.getString(2), DossierData.class).atVersion(rs.getLong(3)))).list();
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        before.forEach((code, old) -> assertThat(oldShape(after.get(code))).as(code).isEqualTo(old));

        assertThat(after.get("H99.01-200107-9007").controlSheet()).extracting(h -> h.step().kind(), h -> h.to().kind())
                .as("a send-back: the specialist's step titled like the submission stays a step").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.RECEPTION_AND_TRANSFER, Holder.Kind.UNIT),
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.STEP, Holder.Kind.UNIT),
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.STEP, Holder.Kind.LEADER),
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.SUBMISSION, Holder.Kind.LEADER),
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.STEP, Holder.Kind.LEADER),
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.APPROVAL, Holder.Kind.DESK),
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.RESULT_AT_DESK, Holder.Kind.DESK),
                        org.assertj.core.groups.Tuple.tuple(Stage.Kind.RETURN, Holder.Kind.APPLICANT));
        assertThat(after.get("H99.01-200110-9010").controlSheet().get(1).step()).as("a procedure without steps")
                .isEqualTo(Stage.of(Stage.Kind.PROCESSING));
        assertThat(after.values()).as("open dossiers held by the receiving officer until transferred")
                .filteredOn(d -> d.controlSheet().isEmpty()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.holder()).isEqualTo(Holder.officer(d.receivedBy())));
        assertThat(db.sql("select count(*) from dossier where data -> 'progress' -> 'consultations' @> "
                + "cast('[{\"agencyCode\": \"H99.06\"}]' as jsonb)").query(Long.class).single())
                .as("a consulted agency still finds its dossiers").isEqualTo(before.values().stream()
                        .filter(d -> d.path("consultations").valueStream()
                                .anyMatch(c -> "H99.06".equals(c.path("agencyCode").asString(null)))).count()).isPositive();
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(migrated).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    /** Inserts the dump as V27 stored it; returns each dossier's JSON by code. */
    private Map<String, JsonNode> load() throws Exception {
        var db = JdbcClient.create(migrated);
        var dossiers = new HashMap<String, JsonNode>();
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("/db/v27-dossiers.jsonl.gz")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode entry = json.readTree(line);
                ObjectNode row = (ObjectNode) entry.get("dossier");
                List<String> columns = new ArrayList<>(row.propertyNames());
                db.sql("insert into dossier (%1$s) select %1$s from jsonb_populate_record(null::dossier, cast(? as jsonb))"
                        .formatted(String.join(", ", columns))).param(json.writeValueAsString(row)).update();
                db.sql("""
                        insert into dossier_transition (dossier_code, action, from_status, to_status, actor, at, note)
                        select dossier_code, action, from_status, to_status, actor, at, note
                        from jsonb_populate_recordset(null::dossier_transition, cast(? as jsonb))
                        """).param(json.writeValueAsString(entry.get("transitions"))).update();
                dossiers.put(row.get("code").asString(), json.readTree(json.writeValueAsString(row.get("data"))));
            }
        }
        return dossiers;
    }

    /** The dossier as V27 stored it: one flat object, the control sheet and the holder in Vietnamese words. */
    private JsonNode oldShape(DossierData d) {
        ObjectNode flat = json.createObjectNode();
        var parts = (ObjectNode) json.valueToTree(d);
        for (String part : List.of("intake", "progress")) {
            parts.get(part).properties().forEach(e -> flat.set(e.getKey(), e.getValue()));
        }
        flat.put("holder", wording.holder(d.holder(), ControlSheetWording.VIETNAMESE));
        var sheet = json.createArrayNode();
        for (int i = 0; i < d.controlSheet().size(); i++) {
            var h = d.controlSheet().get(i);
            ObjectNode row = (ObjectNode) parts.get("progress").get("controlSheet").get(i).deepCopy();
            row.put("step", wording.stage(h.step(), ControlSheetWording.VIETNAMESE));
            row.put("to", wording.holder(h.to(), ControlSheetWording.VIETNAMESE));
            sheet.add(row);
        }
        flat.set("controlSheet", sheet);
        flat.set("finishedAt", json.valueToTree(d.finishedAt()));
        flat.set("returnedAt", json.valueToTree(d.returnedAt()));
        flat.set("returnedThrough", json.valueToTree(d.returnedThrough()));
        flat.set("closingReason", json.valueToTree(d.closingReason()));
        flat.put("version", d.version());
        return json.readTree(json.writeValueAsString(flat));
    }
}
