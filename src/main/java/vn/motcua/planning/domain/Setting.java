package vn.motcua.planning.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.ExtraSession;
import vn.motcua.calendar.domain.WeeklyHours;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.servicemodel.domain.ServiceModel;

/**
 * The office as a change makes it: its calendar rules (hours, the models' sessions), its service models, the counters
 * added or taken each day, each unit's dossiers at once as a share of before, and the share of visitors who would come
 * in desk time added.
 */
record Setting(CalendarRules rules, List<ServiceModel> models, int counterDelta, String unit, double unitFactor,
        int sharePercent) {

    /** The number a model only tried is given. */
    static final long TRIED = -1;

    static Setting of(History history, Change change) {
        var rules = history.rules();
        var models = history.models();
        return switch (change) {
            case Change.Unchanged u -> new Setting(rules, models, 0, null, 1, 0);
            case Change.Counters c -> new Setting(rules, models, c.delta(), null, 1, 0);
            case Change.UnitOfficers o -> new Setting(rules, models, 0, o.unit(), o.factor(), 0);
            case Change.AddModel a -> {
                var more = new ArrayList<>(models);
                var m = a.model();
                // a model only tried has no number yet: the simulation names it so
                more.add(m.id() != null ? m : new ServiceModel(TRIED, m.office(), m.kind(), m.publicName(), m.validFrom(),
                        m.validUntil(), m.weekdays(), m.session(), m.fields(), m.procedures(), m.slipPrinted(), m.leaderOnDuty()));
                var extra = new ArrayList<>(rules.extraSessions());
                a.model().extraSession().ifPresent(extra::add);
                yield new Setting(rules.withExtraSessions(extra), more, 0, null, 1, a.sharePercent());
            }
            case Change.RemoveModel r -> {
                var model = models.stream().filter(m -> m.id() != null && m.id() == r.modelId()).findFirst()
                        .orElseThrow(() -> new InvalidValueException("simulation.model", "Not one of the office's models"));
                var fewer = new ArrayList<>(models);
                fewer.remove(model);
                var extra = new ArrayList<>(rules.extraSessions());
                model.extraSession().ifPresent(gone -> extra.removeIf(e -> same(e, gone)));
                yield new Setting(rules.withExtraSessions(extra), fewer, 0, null, 1, 0);
            }
            case Change.Hours h -> new Setting(withHours(rules, h), models, 0, null, 1, h.sharePercent());
        };
    }

    private static boolean same(ExtraSession a, ExtraSession b) {
        return a.session().start().equals(b.session().start()) && a.session().end().equals(b.session().end())
                && a.days().equals(b.days()) && a.from().equals(b.from());
    }

    private static CalendarRules withHours(CalendarRules rules, Change.Hours h) {
        var sessions = new EnumMap<DayOfWeek, List<WorkingSession>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            var list = new ArrayList<>(rules.hours().on(day));
            if (h.days().contains(day) && !list.isEmpty()) {
                var first = list.getFirst();
                list.set(0, session(first.start().minusMinutes(h.openEarlier()), first.end(), first.label()));
                var last = list.getLast();
                list.set(list.size() - 1, session(last.start(), last.end().plusMinutes(h.closeLater()), last.label()));
            }
            if (!list.isEmpty()) {
                sessions.put(day, list);
            }
        }
        return new CalendarRules(new WeeklyHours(sessions), rules.seasons(), rules.extraSessions(), rules.exceptions(),
                rules.convention());
    }

    private static WorkingSession session(java.time.LocalTime start, java.time.LocalTime end, String label) {
        if (!start.isBefore(end)) {
            throw new InvalidValueException("simulation.minutes", "The change leaves a session without time");
        }
        return new WorkingSession(start, end, label);
    }

    Map<String, Double> unitFactors() {
        return unit == null ? Map.of() : Map.of(unit, unitFactor);
    }
}
