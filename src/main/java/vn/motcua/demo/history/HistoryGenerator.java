package vn.motcua.demo.history;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.DossierBulkLoad;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCodePattern;
import vn.motcua.dossier.domain.DossierRules;
import vn.motcua.dossier.domain.Duty;
import vn.motcua.dossier.domain.Officer;
import vn.motcua.dossier.domain.ProcedureSnapshot;
import vn.motcua.dossier.domain.Reception;
import vn.motcua.dossier.domain.ReceivedDocument;
import vn.motcua.servicemodel.domain.ReceptionModels;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * Makes an office's history, deterministic for its seed: for each working day of each segment, the day's dossiers
 * received at working instants (some in a model's extra session), accepted under the models in force with the
 * appointment the calendar gives, and taken along their planned path through the aggregate. Hands the dossiers to
 * the sink in batches.
 */
final class HistoryGenerator {

    /** What the generator needs from the application, resolved once per office. */
    record Context(OfficeCalendar calendar, DossierRules rules, DossierCodePattern codes, List<ServiceModel> models,
            Map<String, ProcedureSnapshot> procedures, LocalDateTime now) {
    }

    private final OfficeHistory history;
    private final Context context;
    private final Random random;
    private final People people;
    private final List<String> weighted = new ArrayList<>();
    private final List<String> landProcedures = new ArrayList<>();

    HistoryGenerator(OfficeHistory history, Context context) {
        this.history = history;
        this.context = context;
        this.random = new Random(history.seed());
        this.people = new People(random);
        history.procedures().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(e -> context.procedures().containsKey(e.getKey()))
                .forEach(e -> {
                    for (int i = 0; i < e.getValue(); i++) {
                        weighted.add(e.getKey());
                    }
                });
        if (weighted.isEmpty()) {
            throw new IllegalStateException("None of the history's procedures is in the catalogue");
        }
    }

    /** Every dossier of the history, in order of reception, in batches of about {@code batch}. */
    void generate(int batch, Consumer<List<HistoryBatch.Item>> sink) {
        var out = new ArrayList<HistoryBatch.Item>(batch);
        for (Segment segment : history.segments()) {
            generate(segment, item -> {
                out.add(item);
                if (out.size() >= batch) {
                    sink.accept(List.copyOf(out));
                    out.clear();
                }
            });
        }
        if (!out.isEmpty()) {
            sink.accept(List.copyOf(out));
        }
    }

    private void generate(Segment s, Consumer<HistoryBatch.Item> sink) {
        LocalDate last = s.to.isBefore(context.now().toLocalDate()) ? s.to : context.now().toLocalDate().minusDays(1);
        if (last.isBefore(s.from)) {
            return;
        }
        var days = s.from.datesUntil(last.plusDays(1)).filter(d -> context.calendar().day(d).isWorking()).toList();
        Map<LocalDate, Integer> volumes = ArrivalPattern.volumes(days, s.perDay, s.busierDays(), s.busierFactor, random);
        if (s.exactBusierTotal != null) {
            ArrivalPattern.scaleTo(volumes, s.exactBusierDays(), s.exactBusierTotal, random);
        }
        if (s.exactTotal != null) {
            Set<LocalDate> fixed = s.exactBusierTotal == null ? Set.of() : new HashSet<>(volumes.keySet().stream().filter(s.exactBusierDays()).toList());
            int rest = s.exactTotal - fixed.stream().mapToInt(volumes::get).sum();
            ArrivalPattern.scaleTo(volumes, d -> !fixed.contains(d), rest, random);
        }
        Set<String> extraSlots = extraSlots(s, volumes);
        int total = volumes.values().stream().mapToInt(Integer::intValue).sum();
        Set<Integer> lateOnes = new HashSet<>();
        if (s.exactLate > 0) {
            var candidates = new ArrayList<Integer>();
            // late ones among the first 85 %: a dossier received in the segment's last weeks could not overrun within it
            for (int i = 0; i < total * 85 / 100; i++) {
                candidates.add(i);
            }
            java.util.Collections.shuffle(candidates, random);
            lateOnes.addAll(candidates.subList(0, Math.min(s.exactLate, total)));
        }
        int index = 0;
        LocalDate lastDay = days.isEmpty() ? null : days.getLast();
        for (var day : volumes.entrySet()) {
            var times = times(day.getKey(), day.getValue(), extraSlots, s.closeWithin && day.getKey().equals(lastDay));
            for (int n = 0; n < times.size(); n++) {
                sink.accept(dossier(s, times.get(n), n + 1, lateOnes.contains(index++)));
            }
        }
    }

    /** Which dossiers ("day#n") are received in a model's extra session: exactly the segment's number, or a share. */
    private Set<String> extraSlots(Segment s, Map<LocalDate, Integer> volumes) {
        var slots = new ArrayList<String>();
        volumes.forEach((day, count) -> {
            if (!extraSessions(day).isEmpty()) {
                for (int i = 0; i < count; i++) {
                    slots.add(day + "#" + i);
                }
            }
        });
        java.util.Collections.shuffle(slots, random);
        int wanted = s.exactExtraSession != null ? s.exactExtraSession : (int) Math.round(slots.size() * s.extraSessionShare);
        if (wanted > slots.size()) {
            throw new IllegalStateException("Only " + slots.size() + " dossiers fall on days with an extra session, " + wanted + " wanted");
        }
        return new HashSet<>(slots.subList(0, wanted));
    }

    private List<WorkingSession> extraSessions(LocalDate day) {
        return context.calendar().day(day).sessions().stream().filter(w -> w.label() != null).toList();
    }

    /** The reception instants of a day, in order: in the regular sessions, mornings busier, or in an extra session. */
    private List<LocalDateTime> times(LocalDate day, int count, Set<String> extraSlots, boolean morningOnly) {
        var sessions = context.calendar().day(day).sessions();
        var regular = sessions.stream().filter(w -> w.label() == null).limit(morningOnly ? 1 : Long.MAX_VALUE).toList();
        var extra = extraSessions(day);
        var times = new ArrayList<LocalDateTime>(count);
        for (int i = 0; i < count; i++) {
            List<WorkingSession> from = extraSlots.contains(day + "#" + i) ? extra : regular;
            WorkingSession w = from.size() > 1 && random.nextInt(10) < 6 ? from.getFirst() : from.get(random.nextInt(from.size()));
            long minutes = java.time.Duration.between(w.start(), w.end()).toMinutes();
            LocalTime at = w.start().plusMinutes((long) (random.nextDouble() * Math.max(1, minutes - 1)));
            times.add(day.atTime(at).withSecond(random.nextInt(60)));
        }
        times.sort(null);
        return times;
    }

    private HistoryBatch.Item dossier(Segment s, LocalDateTime receivedAt, long number, boolean planLate) {
        String code = planLate && s.lateProcedure != null && context.procedures().containsKey(s.lateProcedure) ? s.lateProcedure
                : weighted.get(random.nextInt(weighted.size()));
        ProcedureSnapshot procedure = context.procedures().get(code);
        boolean land = "Đất đai".equals(procedure.field());
        boolean assistedPossible = ReceptionModels.at(context.models(), receivedAt, code, procedure.field(), true)
                .has(ServiceModelKind.ASSISTED_FILLING);
        boolean assisted = assistedPossible && random.nextInt(10) < 6;
        ReceptionModels models = ReceptionModels.at(context.models(), receivedAt, code, procedure.field(), assisted);
        ProcessingTime time = models.sameDay() ? ProcessingTime.sameDay(null) : procedure.legalTime();
        var appointment = Deadlines.appointment(context.calendar(), receivedAt, time);
        Channel channel = random.nextDouble() < s.onlineShare ? Channel.ONLINE : random.nextInt(50) == 0 ? Channel.POST : Channel.COUNTER;
        Lifecycle.Staff staff = staff();
        var reception = new Reception(history.office(), null, procedure, people.applicant(), null, channel,
                List.of(new ReceivedDocument("Tờ khai theo mẫu", 1, null, null), new ReceivedDocument("Giấy tờ kèm theo", 1, null, null)),
                Map.of(), assisted ? staff.receptionist().username() : null, staff.receptionist());
        var dossier = Dossier.accept(reception, context.codes().format(history.office(), receivedAt.toLocalDate(), number),
                appointment, models.applied());
        Lifecycle.Outcome outcome = outcome(s, planLate, models.sameDay());
        // a calibrated segment closes every dossier within it: none of its last two weeks waits for a citizen or an agency
        boolean quiet = s.closeWithin && receivedAt.toLocalDate().isAfter(s.to.minusDays(14));
        var plan = new Lifecycle.Plan(outcome, !quiet && !models.sameDay() && !planLate && random.nextDouble() < s.supplementShare,
                land && (planLate || (!quiet && random.nextInt(4) == 0)), channel);
        LocalDateTime horizon = s.closeWithin ? min(context.now(), context.calendar().closeOf(lastWorkingDay(s.to))) : context.now();
        new Lifecycle(context.calendar(), context.rules(), random, horizon, s.closeWithin).run(dossier, plan, staff);
        return new HistoryBatch.Item(new DossierBulkLoad.Loaded(dossier.data(), dossier.transitions(), number),
                random.nextDouble() < s.surveyShare ? people.evaluation(random, outcome) : null);
    }

    private Lifecycle.Outcome outcome(Segment s, boolean planLate, boolean sameDay) {
        if (planLate) {
            return Lifecycle.Outcome.LATE;
        }
        double r = random.nextDouble();
        if (r < s.refusalShare) {
            return Lifecycle.Outcome.REFUSED;
        }
        if (r < s.refusalShare + s.stopShare) {
            return Lifecycle.Outcome.STOPPED;
        }
        return s.exactLate < 0 && !sameDay && r < s.refusalShare + s.stopShare + s.lateShare ? Lifecycle.Outcome.LATE
                : Lifecycle.Outcome.RESULT;
    }

    private Lifecycle.Staff staff() {
        var office = history.office();
        return new Lifecycle.Staff(
                new Officer(pick(history.receptionists()), office, Set.of(Duty.RECEPTION)),
                new Officer(pick(history.specialists()), office, Set.of(Duty.SPECIALIST)),
                new Officer(pick(history.leaders()), office, Set.of(Duty.LEADER)));
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }

    private LocalDate lastWorkingDay(LocalDate day) {
        return context.calendar().day(day).isWorking() ? day : context.calendar().previousWorkingDayBefore(day);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
