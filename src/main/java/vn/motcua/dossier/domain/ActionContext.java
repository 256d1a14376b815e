package vn.motcua.dossier.domain;

import java.time.LocalDateTime;
import java.util.Objects;

import vn.motcua.calendar.domain.OfficeCalendar;

/** Who acts on a dossier, when, under which calendar and office rules. */
public record ActionContext(Officer officer, LocalDateTime at, OfficeCalendar calendar, DossierRules rules) {

    public ActionContext {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(rules, "rules");
    }
}
