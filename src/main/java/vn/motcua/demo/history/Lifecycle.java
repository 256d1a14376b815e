package vn.motcua.demo.history;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.catalogue.domain.Channel;
import vn.motcua.dossier.domain.ActionContext;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.Decision;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCommand;
import vn.motcua.dossier.domain.DossierRules;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.Officer;
import vn.motcua.dossier.domain.TransitionRefusedException;

/**
 * Takes an accepted dossier along a planned path through the aggregate itself (so every history obeys the same
 * rules as the desk): transfer, perhaps a supplement or a consultation, the internal steps, signature, result,
 * return; or a refusal or a stop. Each action happens at a working instant after the previous one; actions planned
 * after {@code now} are not taken, so recent dossiers stay in progress.
 */
final class Lifecycle {

    enum Outcome { RESULT, LATE, REFUSED, STOPPED }

    record Staff(Officer receptionist, Officer specialist, Officer leader) {
    }

    record Plan(Outcome outcome, boolean supplement, boolean consult, Channel returnThrough) {
    }

    static final String LAND_REGISTRY = "Chi nhánh Văn phòng đăng ký đất đai";

    private final OfficeCalendar calendar;
    private final DossierRules rules;
    private final Random random;
    private final LocalDateTime now;
    private final boolean finishByNow;

    /** With {@code finishByNow}, a dossier not planned late finishes by {@code now} whatever its due date. */
    Lifecycle(OfficeCalendar calendar, DossierRules rules, Random random, LocalDateTime now, boolean finishByNow) {
        this.calendar = calendar;
        this.rules = rules;
        this.random = random;
        this.now = now;
        this.finishByNow = finishByNow;
    }

    /** Runs the plan; returns whether every planned action was taken (false: still in progress at {@code now}). */
    boolean run(Dossier dossier, Plan plan, Staff staff) {
        LocalDateTime t = after(dossier.data().receivedAt(), 5 + random.nextInt(25));
        if (finishByNow && t.isAfter(now.minusMinutes(60))) {
            t = max(dossier.data().receivedAt().plusMinutes(1), now.minusMinutes(60));
        }
        if (t.isAfter(now)) {
            return false;
        }
        take(dossier, staff.receptionist(), t, new DossierCommand.Transfer(null, null));
        if (plan.supplement()) {
            t = after(t, 30 + random.nextInt(200));
            if (t.isAfter(now)) {
                return false;
            }
            take(dossier, staff.specialist(), t, new DossierCommand.RequestSupplement(List.of("Bản sao giấy tờ tùy thân còn thời hạn")));
            t = after(t, (1 + random.nextInt(3)) * dayMinutes());
            if (t.isAfter(now)) {
                return false;
            }
            take(dossier, staff.receptionist(), t, new DossierCommand.SupplementReceived());
        }
        if (plan.outcome() == Outcome.REFUSED || plan.outcome() == Outcome.STOPPED) {
            t = after(t, 60 + random.nextInt(Math.max(1, (int) Math.min(remaining(dossier, t) / 2, 3L * dayMinutes()))));
            if (t.isAfter(now)) {
                return false;
            }
            if (plan.outcome() == Outcome.REFUSED) {
                take(dossier, staff.leader(), t, new DossierCommand.Refuse("Hồ sơ không đủ điều kiện theo quy định"));
            } else {
                take(dossier, staff.receptionist(), t, new DossierCommand.Stop("Công dân đề nghị dừng giải quyết và rút hồ sơ"));
            }
            return true;
        }
        boolean late = plan.outcome() == Outcome.LATE;
        if (plan.consult()) {
            t = after(t, 30 + random.nextInt(120));
            if (t.isAfter(now)) {
                return false;
            }
            take(dossier, staff.specialist(), t, new DossierCommand.Consult(LAND_REGISTRY, null, Consultation.Direction.VERTICAL,
                    "Đề nghị cung cấp thông tin thửa đất, hồ sơ địa chính", 3));
            Consultation asked = dossier.data().consultations().getLast();
            LocalDateTime answer = late ? after(asked.dueAt(), (1 + random.nextInt(3)) * dayMinutes())
                    : between(t, min(asked.dueAt(), dossier.data().clock().dueAt().minusHours(3)));
            if (answer.isAfter(now)) {
                return false;
            }
            if (late) {
                apologise(dossier, staff, t);
            }
            take(dossier, staff.specialist(), answer, new DossierCommand.AnswerConsultation(asked.number(), "Đã cung cấp thông tin thửa đất"));
            t = answer;
        }
        LocalDateTime due = dossier.data().clock().dueAt();
        LocalDateTime finish = late ? after(max(due, t), 30 + random.nextInt(2 * dayMinutes()))
                : finishBefore(t, due);
        if (finishByNow && !late && finish.isAfter(now)) {
            finish = max(t.plusMinutes(5), now.minusMinutes(5));
        }
        var times = spread(t, finish, 3 + Math.max(0, steps(dossier)));
        int i = 0;
        while (dossier.data().step() < steps(dossier) - 2) {
            if (times.get(i).isAfter(now)) {
                return false;
            }
            take(dossier, staff.specialist(), times.get(i++), new DossierCommand.HandOver(null));
        }
        if (times.get(i).isAfter(now)) {
            return false;
        }
        take(dossier, staff.specialist(), times.get(i++), new DossierCommand.SubmitForApproval());
        if (times.get(i).isAfter(now)) {
            return false;
        }
        take(dossier, staff.leader(), times.get(i), new DossierCommand.Approve());
        if (finish.isAfter(now)) {
            return false;
        }
        take(dossier, staff.receptionist(), finish, new DossierCommand.ResultReady());
        int wait = random.nextInt(10) < 6 ? random.nextInt(120) : random.nextInt(3 * dayMinutes());
        LocalDateTime handedOver = after(finish, wait);
        if (!handedOver.isAfter(now)) {
            take(dossier, staff.receptionist(), handedOver, new DossierCommand.Return(plan.returnThrough()));
        }
        return dossier.data().status() == DossierStatus.RETURNED;
    }

    /** Takes the command as the officer at the instant, through the aggregate like any officer; a refusal is a fault of the plan. */
    private void take(Dossier dossier, Officer by, LocalDateTime at, DossierCommand command) {
        if (dossier.apply(command, new ActionContext(by, at, calendar, rules)) instanceof Decision.Refused refused) {
            throw new TransitionRefusedException(refused.reason(), refused.detail());
        }
    }

    /** A leader's apology with a new appointment (form 04), when there is still a working day before the due date. */
    private void apologise(Dossier dossier, Staff staff, LocalDateTime at) {
        LocalDateTime due = dossier.data().clock().dueAt();
        LocalDateTime newDue = calendar.closeOf(calendar.nthWorkingDayAfter(due.toLocalDate(), 5));
        // refused when too close to the due date for a new appointment: the dossier is late without one
        dossier.apply(new DossierCommand.Apologise(newDue, "Chờ ý kiến của " + LAND_REGISTRY),
                new ActionContext(staff.leader(), after(at, 10), calendar, rules));
    }

    /** A finishing instant between the last action and the due instant, early more often than on the due day. */
    private LocalDateTime finishBefore(LocalDateTime last, LocalDateTime due) {
        long left = minutes(last, due);
        if (left <= 40) {
            return due.isAfter(last) ? due.minusMinutes(Math.min(1, left)) : due;
        }
        double share = 0.25 + 0.7 * random.nextDouble();
        LocalDateTime f = after(last, (int) Math.max(30, left * share));
        return f.isAfter(due) ? due.minusMinutes(1) : f;
    }

    private List<LocalDateTime> spread(LocalDateTime from, LocalDateTime to, int count) {
        long span = Math.max(count, minutes(from, to));
        var times = new ArrayList<LocalDateTime>();
        for (int i = 1; i <= count; i++) {
            LocalDateTime at = calendar.addWorkingMinutes(calendar.clockStart(from), span * i / (count + 1));
            times.add(at.isAfter(to) ? to.minusMinutes(count + 1 - i) : at);
        }
        return times;
    }

    private LocalDateTime between(LocalDateTime from, LocalDateTime to) {
        long span = minutes(from, to);
        return span <= 1 ? from.plusMinutes(1) : calendar.addWorkingMinutes(calendar.clockStart(from), 1 + (long) (random.nextDouble() * (span - 1)));
    }

    private long remaining(Dossier dossier, LocalDateTime t) {
        return Math.max(60, minutes(t, dossier.data().clock().dueAt()));
    }

    /** Working minutes from one instant to a later one; none when the second is not later. */
    private long minutes(LocalDateTime from, LocalDateTime to) {
        return to.isAfter(from) ? calendar.workingMinutesBetween(from, to) : 0;
    }

    private LocalDateTime after(LocalDateTime t, long workingMinutes) {
        return calendar.addWorkingMinutes(calendar.clockStart(t), Math.max(1, workingMinutes));
    }

    private static int steps(Dossier dossier) {
        return dossier.data().procedure().steps().size();
    }

    private static int dayMinutes() {
        return 480;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
