package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import vn.motcua.platform.web.ReportPeriod;
import vn.motcua.reporting.domain.Dimension;
import vn.motcua.reporting.domain.Measure;
import vn.motcua.reporting.domain.PeriodKind;

/** How the dashboard, report and list pages read their parameters; what cannot be read falls back, never fails. */
final class ReportParameters {

    static final Map<String, Dimension> BREAKDOWNS = new java.util.LinkedHashMap<>(Map.of("don-vi", Dimension.ALL,
            "linh-vuc", Dimension.FIELD, "thu-tuc", Dimension.PROCEDURE, "can-bo", Dimension.OFFICER, "kenh", Dimension.CHANNEL,
            "mo-hinh", Dimension.MODEL));

    private ReportParameters() {
    }

    /** The period named by {@code ky}, else the custom dates (the year so far by default). */
    static Period period(String ky, String tu, String den, LocalDate today) {
        var named = PeriodKind.named(ky);
        if (named.isPresent()) {
            return new Period(named.get(), false);
        }
        var custom = ReportPeriod.parse(tu, den, today, end -> end.withDayOfYear(1));
        return new Period(PeriodKind.custom(custom.from(), custom.to()), custom.corrected() || (ky != null && !ky.isBlank()));
    }

    record Period(PeriodKind kind, boolean corrected) {
    }

    static Dimension breakdown(String theo, Dimension fallback) {
        return theo == null ? fallback : BREAKDOWNS.getOrDefault(theo, fallback);
    }

    static String slug(Dimension d) {
        return BREAKDOWNS.entrySet().stream().filter(e -> e.getValue() == d).map(Map.Entry::getKey).findFirst().orElse("don-vi");
    }

    static Optional<Measure> measure(String text) {
        try {
            return Optional.of(Measure.valueOf(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A model key must be a number; other keys at most 200 characters. */
    static boolean validKey(Dimension d, String key) {
        if (key == null || key.length() > 200) {
            return d == Dimension.ALL;
        }
        return d != Dimension.MODEL || key.matches("\\d{1,18}");
    }
}
