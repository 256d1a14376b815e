package vn.motcua.catalogue.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A catalogue import running in the background, as far as it has come. */
public record ImportJob(UUID id, String fileName, String actor, Status status, int total, int done, int added,
        int changed, String message, Instant startedAt, Instant updatedAt) {

    /** A running import that has not moved for this long died with its server; its transaction was rolled back. */
    static final Duration STALLED_AFTER = Duration.ofMinutes(2);

    public enum Status { RUNNING, DONE, FAILED }

    public int percent() {
        return total == 0 ? 100 : Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }

    /** The job as seen at {@code now}: a running job that stopped moving is reported failed. */
    ImportJob seenAt(Instant now) {
        if (status == Status.RUNNING && updatedAt.plus(STALLED_AFTER).isBefore(now)) {
            return new ImportJob(id, fileName, actor, Status.FAILED, total, done, 0, 0, "stalled", startedAt, updatedAt);
        }
        return this;
    }
}
