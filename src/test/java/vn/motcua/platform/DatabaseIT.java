package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditTrail;
import vn.motcua.support.DatabaseTest;

@DatabaseTest
class DatabaseIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void runs_on_postgresql_15_or_newer_with_every_migration_applied() {
        int version = jdbc.sql("show server_version_num").query(Integer.class).single();
        assertThat(version).isGreaterThanOrEqualTo(150000);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success").query(Integer.class).single())
                .isZero();
    }

    @Test
    void the_database_stores_vietnamese_text_unchanged() {
        String name = "Đăng ký khai sinh — Ủy ban nhân dân xã Vĩnh Thạnh";
        assertThat(jdbc.sql("select cast(? as text)").param(name).query(String.class).single()).isEqualTo(name);
    }

    @Test
    void audit_entries_cannot_be_changed_or_deleted() {
        String subject = "audit-test-" + System.nanoTime();
        audit.record(new AuditEntry(Instant.parse("2026-11-23T01:00:00Z"), "tester", "H99.01", "test.action",
                subject, "why"));
        assertThat(audit.about(subject, 10)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("test.action"));

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set detail = 'changed' where subject = ?")
                .param(subject).update())
                .hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where subject = ?").param(subject).update())
                .hasMessageContaining("cannot be changed or deleted");
        assertThat(audit.about(subject, 10)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("why"));
    }
}
