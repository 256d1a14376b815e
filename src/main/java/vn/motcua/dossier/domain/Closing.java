package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.Objects;

import vn.motcua.catalogue.domain.Channel;

/**
 * How a dossier closed: when its result was ready at the desk (or it was refused or stopped, with the reason), and
 * when and how the result was returned.
 */
public record Closing(LocalDateTime finishedAt, LocalDateTime returnedAt, Channel returnedThrough, String reason) {

    public Closing {
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    static Closing resultReady(LocalDateTime at) {
        return new Closing(at, null, null, null);
    }

    static Closing closed(LocalDateTime at, String reason) {
        return new Closing(at, null, null, reason);
    }

    Closing returned(LocalDateTime at, Channel through) {
        return new Closing(finishedAt, at, through, reason);
    }
}
