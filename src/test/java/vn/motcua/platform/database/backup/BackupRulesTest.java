package vn.motcua.platform.database.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the backup tool that need no server: what a base backup leaves out, targets, addresses. */
class BackupRulesTest {

    @ParameterizedTest(name = "{0} (directory: {1}) left out: {2}")
    @CsvSource({
            "postmaster.pid, false, true",
            "postmaster.opts, false, true",
            "epg-lock, false, true",
            "backup_label, false, true",
            "recovery.signal, false, true",
            "postgresql.conf, false, false",
            "postgresql.auto.conf, false, false",
            "PG_VERSION, false, false",
            "pg_wal, true, false",
            "pg_wal/000000010000000000000002, false, true",
            "pg_wal/archive_status, true, false",
            "pg_wal/archive_status/000000010000000000000002.done, false, true",
            "pg_stat_tmp/global.stat, false, true",
            "pg_subtrans/0000, false, true",
            "pg_replslot/slot, true, false",
            "base/16384/2608, false, false",
            "base/16384/pg_internal.init, false, true",
            "base/pgsql_tmp/pgsql_tmp123.0, false, true",
            "global/pg_control, false, false",
    })
    void a_base_backup_leaves_out_what_the_low_level_api_says_to(String path, boolean directory, boolean excluded) {
        assertThat(TarArchive.excluded(Path.of(path), directory)).isEqualTo(excluded);
    }

    @ParameterizedTest(name = "{0} is recovered until {1}")
    @CsvSource({
            "2026-12-04T10:15:00, 2026-12-04 10:15:00+07:00",
            "2026-12-04T10:15:00+07:00, 2026-12-04 10:15:00+07:00",
            "2026-12-04T03:15:00Z, 2026-12-04 03:15:00Z",
    })
    void a_moment_without_offset_is_office_time(String typed, String postgres) {
        var target = RecoveryTarget.until(typed, ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(target.settings()).isEqualTo("recovery_target_time = '" + postgres.replace("Z", "+00:00") + "'\n");
    }

    @ParameterizedTest
    @CsvSource({"04/12/2026 10:15", "yesterday", "2026-12-04T10:15:00'; drop"})
    void a_moment_that_is_not_one_is_refused(String typed) {
        assertThatThrownBy(() -> RecoveryTarget.until(typed, ZoneId.of("Asia/Ho_Chi_Minh")))
                .isInstanceOf(BackupException.class);
    }

    @ParameterizedTest
    @CsvSource({"it-end", "motcua-20261204-053026", "a'b", "x y"})
    void a_restore_point_name_is_plain(String name) {
        boolean plain = name.matches("[A-Za-z0-9_.:-]+");
        if (plain) {
            assertThat(RecoveryTarget.named(name).settings()).isEqualTo("recovery_target_name = '" + name + "'\n");
        } else {
            assertThatThrownBy(() -> RecoveryTarget.named(name)).isInstanceOf(BackupException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "jdbc:postgresql://127.0.0.1:15500/motcua, host=127.0.0.1 port=15500 dbname=motcua user=postgres",
            "jdbc:postgresql://db.tinh.gov.vn/motcua?sslmode=require, host=db.tinh.gov.vn port=5432 dbname=motcua user=postgres",
    })
    void an_external_server_is_reached_by_its_tools_at_the_jdbc_address(String url, String libpq) {
        assertThat(JdbcAddress.parse(url).libpq("postgres")).isEqualTo(libpq);
    }

    @ParameterizedTest
    @CsvSource({"/var/lib/motcua/wal-archive, false", "/tmp/it's, true", "/tmp/a b, true", "/tmp/a;rm, true"})
    void the_archive_command_is_built_only_for_plain_paths(String directory, boolean refused) {
        if (refused) {
            assertThatThrownBy(() -> WalArchiving.serverSettings(Path.of(directory), Duration.ofMinutes(5)))
                    .isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(WalArchiving.serverSettings(Path.of(directory), Duration.ofMinutes(5)))
                    .containsEntry("archive_mode", "on")
                    .containsEntry("archive_command", "'test ! -f /var/lib/motcua/wal-archive/%f && cp %p "
                            + "/var/lib/motcua/wal-archive/%f.part && mv /var/lib/motcua/wal-archive/%f.part "
                            + "/var/lib/motcua/wal-archive/%f'");
        }
    }
}
