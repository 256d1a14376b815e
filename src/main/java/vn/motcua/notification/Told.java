package vn.motcua.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A message as its recipient may read it again: when it was queued, by which channel, and whether it has left. */
public record Told(Instant at, String channel, String body, boolean sent) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** When it was queued, in Vietnam's time. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(at, VIETNAM);
    }
}
