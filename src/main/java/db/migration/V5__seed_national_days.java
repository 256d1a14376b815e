package db.migration;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.motcua.calendar.domain.DayException;
import vn.motcua.calendar.domain.HolidayCsv;

/**
 * Seeds the official 2025–2026 days off and make-up working days from {@code calendar/holidays-vn.csv},
 * once. Administrators edit them afterwards (each change audited); a later year is proposed by the
 * holiday helper and confirmed by an administrator.
 */
public class V5__seed_national_days extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (var in = getClass().getResourceAsStream("/calendar/holidays-vn.csv");
                var insert = context.getConnection().prepareStatement(
                        "insert into national_day (day, kind, name, note) values (?, ?, ?, ?) on conflict do nothing")) {
            for (DayException day : HolidayCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                insert.setDate(1, Date.valueOf(day.date()));
                insert.setString(2, day.kind().name());
                insert.setString(3, day.name());
                insert.setString(4, day.note());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
