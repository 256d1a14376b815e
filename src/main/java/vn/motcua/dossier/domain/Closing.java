package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.Objects;

import vn.motcua.catalogue.domain.Channel;

/**
 * How a dossier closed: when its result was ready at the desk (or it was refused or stopped, with the reason), and
 * when, how and to whom the result was returned ({@code recipient}: none before the return, and for dossiers returned
 * before MotCua recorded it).
 */
public record Closing(LocalDateTime finishedAt, LocalDateTime returnedAt, Channel returnedThrough, String reason,
        ResultRecipient recipient) {

    public Closing {
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    static Closing resultReady(LocalDateTime at) {
        return new Closing(at, null, null, null, null);
    }

    static Closing closed(LocalDateTime at, String reason) {
        return new Closing(at, null, null, reason, null);
    }

    Closing returned(LocalDateTime at, Channel through, ResultRecipient to) {
        return new Closing(finishedAt, at, through, reason, to);
    }
}
