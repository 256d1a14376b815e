package vn.motcua.planning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.motcua.calendar.domain.CalendarRules;
import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.domain.ProcessingTime;
import vn.motcua.calendar.domain.WorkingSession;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.servicemodel.domain.ServiceModel;
import vn.motcua.servicemodel.domain.ServiceModelKind;

/**
 * A made-up office's four weeks of March 2025 as the simulator reads a history: standard hours and the 9th hour on
 * Thursdays (17:00–18:00), visitors coming at random through the day served by two counters in turn (so the history
 * is one a real desk could have made), each receiving a dossier due in 3 working days that spends 30 minutes at the
 * desk and some hours at "Phòng A".
 */
final class HistoryFixture {

    static final LocalDate FROM = LocalDate.of(2025, 3, 3);
    static final LocalDate TO = LocalDate.of(2025, 3, 28);
    static final long NINTH_HOUR_ID = 7;

    private HistoryFixture() {
    }

    static ServiceModel ninthHour() {
        return new ServiceModel(NINTH_HOUR_ID, AgencyCode.of("T01"), ServiceModelKind.EXTENDED_SESSION, "Giờ làm việc thứ 9",
                LocalDate.of(2025, 1, 1), null, Set.of(DayOfWeek.THURSDAY), WorkingSession.of("17:00", "18:00"), List.of(),
                List.of(), true, false);
    }

    /** @param perDay visitors a working day; @param counters the counters that served */
    static History history(int perDay, int counters, long seed) {
        var model = ninthHour();
        var rules = CalendarRules.standard(List.of()).withExtraSessions(List.of(model.extraSession().orElseThrow()));
        var calendar = new OfficeCalendar(rules);
        var random = new Random(seed);
        var visits = new ArrayList<History.Visit>();
        var dossiers = new ArrayList<History.PastDossier>();
        var perDayCounters = new HashMap<LocalDate, Integer>();
        var time = ProcessingTime.workingDays(3);
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            var sessions = calendar.day(day).sessions();
            if (sessions.isEmpty()) {
                continue;
            }
            perDayCounters.put(day, counters);
            long open = sessions.stream().mapToLong(WorkingSession::minutes).sum();
            var arrivals = new long[perDay];
            for (int i = 0; i < perDay; i++) {
                long at = (long) (random.nextDouble() * open);
                for (WorkingSession s : sessions) {
                    if (at < s.minutes()) {
                        arrivals[i] = WorkingTimeline.minute(day.atTime(s.start())) + at;
                        break;
                    }
                    at -= s.minutes();
                }
            }
            java.util.Arrays.sort(arrivals);
            var service = new long[perDay];
            for (int i = 0; i < perDay; i++) {
                service[i] = 5 + random.nextInt(11);
            }
            LocalDate today = day;
            var starts = sessions.stream().mapToLong(s -> WorkingTimeline.minute(today.atTime(s.start()))).toArray();
            var ends = sessions.stream().mapToLong(s -> WorkingTimeline.minute(today.atTime(s.end()))).toArray();
            var served = CounterQueue.serve(arrivals, service, starts, ends, counters);
            for (int i = 0; i < perDay; i++) {
                LocalDateTime received = WorkingTimeline.at(served.end()[i]);
                var due = Deadlines.appointment(calendar, received, time).dueAt();
                long atUnit = 120 + random.nextInt(900);
                LocalDateTime finished = calendar.addWorkingMinutes(calendar.clockStart(received), 30 + atUnit);
                dossiers.add(new History.PastDossier("P1", "Hộ tịch", time, received, due, finished, 0, false,
                        List.of(new History.Step(null, 30), new History.Step("Phòng A", atUnit))));
                visits.add(new History.Visit(WorkingTimeline.at(arrivals[i]), service[i], false, served.start()[i] - arrivals[i],
                        "Hộ tịch", 1 + i % counters, received, List.of(dossiers.size() - 1)));
            }
        }
        return new History("T01", FROM, TO, rules, List.of(model), visits, dossiers, perDayCounters, true);
    }
}
