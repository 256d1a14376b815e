package vn.motcua.platform.database.backup;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How far a point-in-time recovery replays the archived WAL: to its end, to a named restore point (a backup's, or
 * one set with {@code fingerprint --mark}), or to a moment (office time unless an offset is given).
 */
record RecoveryTarget(Kind kind, String value) {

    enum Kind { LATEST, NAME, TIME }

    private static final DateTimeFormatter POSTGRES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    RecoveryTarget {
        String allowed = kind == Kind.NAME ? "[A-Za-z0-9_.:-]{1,60}" : "[0-9:+ -]{1,40}";
        if (kind != Kind.LATEST && (value == null || !value.matches(allowed))) {
            throw new BackupException("invalid recovery target: " + value);
        }
    }

    static RecoveryTarget latest() {
        return new RecoveryTarget(Kind.LATEST, null);
    }

    static RecoveryTarget named(String name) {
        return new RecoveryTarget(Kind.NAME, name);
    }

    /** A moment written {@code 2026-12-04T10:15:00} (office time) or with an offset ({@code …+07:00}). */
    static RecoveryTarget until(String moment, ZoneId officeZone) {
        try {
            OffsetDateTime at = moment.matches(".*([+-]\\d\\d:\\d\\d|Z)$") ? OffsetDateTime.parse(moment)
                    : LocalDateTime.parse(moment).atZone(officeZone).toOffsetDateTime();
            return new RecoveryTarget(Kind.TIME, at.format(POSTGRES));
        } catch (DateTimeParseException e) {
            throw new BackupException("write the moment as 2026-12-04T10:15:00 (office time) or 2026-12-04T10:15:00+07:00");
        }
    }

    /** The lines for {@code postgresql.auto.conf}. */
    String settings() {
        return switch (kind) {
            case LATEST -> "";
            case NAME -> "recovery_target_name = '" + value + "'\n";
            case TIME -> "recovery_target_time = '" + value + "'\n";
        };
    }
}
