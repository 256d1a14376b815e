package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.NationalDays;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.DayException;
import vn.motcua.platform.security.OfficeMember;

/**
 * For administrators of a top-level office: the national days off and make-up days of a year, each
 * change with a reason; and the proposal of a future year's holidays to review and confirm.
 */
@Controller
@RequestMapping("/quan-tri/ngay-le")
class NationalDaysController {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final NationalDays nationalDays;
    private final Clock clock;

    NationalDaysController(NationalDays nationalDays, Clock clock) {
        this.nationalDays = nationalDays;
        this.clock = clock;
    }

    record DayForm(String date, String kind, String name, String note, String reason) {

        static DayForm of(DayException d) {
            return new DayForm(d.date().toString(), d.kind().name(), d.name(), Objects.toString(d.note(), ""), "");
        }

        Optional<DayException> day(Errors errors) {
            LocalDate d = CalendarForms.date(errors, "date", date, true);
            DayException.Kind k = CalendarForms.kind(errors, kind);
            if (k == DayException.Kind.CLOSURE) {
                errors.rejectValue("kind", "calendar.error.kind");
            }
            CalendarForms.required(errors, "name", name);
            CalendarForms.notLongerThan(errors, "note", note, CalendarForms.NOTE_LENGTH);
            CalendarForms.required(errors, "reason", reason);
            CalendarForms.notLongerThan(errors, "reason", reason, CalendarForms.NOTE_LENGTH);
            return errors.hasErrors() ? Optional.empty() : Optional.of(new DayException(d, k, name, note));
        }
    }

    @GetMapping
    String year(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String year,
            @RequestParam(required = false) String edit, Model model) {
        check(me);
        int shown = year(year);
        if (!model.containsAttribute("dayForm")) {
            DayForm form = nationalDays.inYear(shown).stream().filter(d -> d.date().toString().equals(edit)).findFirst()
                    .map(DayForm::of).orElse(new DayForm("", DayException.Kind.DAY_OFF.name(), "", "", ""));
            model.addAttribute("dayForm", form);
        }
        model.addAttribute("year", shown);
        model.addAttribute("days", nationalDays.inYear(shown));
        return "calendar/national-days";
    }

    @PostMapping
    String put(@AuthenticationPrincipal OfficeMember me, @ModelAttribute("dayForm") DayForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        check(me);
        Optional<DayException> day = form.day(errors);
        if (day.isEmpty()) {
            int shown = day(form.date()).map(LocalDate::getYear).orElse(thisYear());
            return year(me, String.valueOf(shown), null, model);
        }
        nationalDays.put(day.get(), form.reason(), me);
        flash.addFlashAttribute("saved", true);
        return "redirect:/quan-tri/ngay-le?year=" + day.get().date().getYear();
    }

    @PostMapping("/xoa")
    String remove(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String date,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes flash) {
        check(me);
        Optional<LocalDate> day = day(date);
        if (day.isEmpty() || reason == null || reason.isBlank() || reason.length() > CalendarForms.NOTE_LENGTH) {
            model.addAttribute("failure", "nationalDays.error.removeReason");
            return year(me, day.map(d -> String.valueOf(d.getYear())).orElse(null), null, model);
        }
        nationalDays.remove(day.get(), reason, me);
        flash.addFlashAttribute("saved", true);
        return "redirect:/quan-tri/ngay-le?year=" + day.get().getYear();
    }

    @GetMapping("/de-xuat")
    String proposal(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String year, Model model) {
        check(me);
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("proposal", nationalDays.proposal(shown));
        return "calendar/holiday-proposal";
    }

    @PostMapping("/de-xuat")
    String confirm(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String year,
            @RequestParam(name = "dates", required = false) List<String> dates,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes flash) {
        check(me);
        int shown = year(year);
        List<LocalDate> chosen = dates == null ? List.of() : dates.stream().map(NationalDaysController::day)
                .flatMap(Optional::stream).toList();
        if (reason == null || reason.isBlank() || reason.length() > CalendarForms.NOTE_LENGTH || chosen.isEmpty()) {
            model.addAttribute("failure", chosen.isEmpty() ? "nationalDays.error.noneChosen" : "invalid.nationalDay.reason");
            return proposal(me, String.valueOf(shown), model);
        }
        flash.addFlashAttribute("confirmed", nationalDays.confirm(shown, chosen, reason, me));
        return "redirect:/quan-tri/ngay-le?year=" + shown;
    }

    private void check(OfficeMember me) {
        if (!nationalDays.mayEdit(me)) {
            throw new AccessDeniedException(me.getUsername() + " may not edit the national days");
        }
    }

    private int year(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            return year >= FIRST_YEAR && year <= LAST_YEAR ? year : thisYear();
        } catch (NumberFormatException e) {
            return thisYear();
        }
    }

    private int thisYear() {
        return LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).getYear();
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
