package vn.motcua.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.calendar.CalendarChange;
import vn.motcua.calendar.CalendarChangedException;
import vn.motcua.calendar.CalendarEditor;
import vn.motcua.calendar.CalendarPreview;
import vn.motcua.calendar.domain.DayCountConvention;
import vn.motcua.calendar.web.CalendarForms.DayForm;
import vn.motcua.calendar.web.CalendarForms.ExtraForm;
import vn.motcua.calendar.web.CalendarForms.SeasonForm;
import vn.motcua.calendar.web.CalendarForms.WeekForm;
import vn.motcua.calendar.web.CalendarPageModel.TryForm;
import vn.motcua.organization.domain.Agency;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;

/**
 * For administrators: an office's calendar as a month grid with a "try it" box, and the edits of its
 * sessions, extra sessions, seasons, dated exceptions and day-count convention.
 */
@Controller
@RequestMapping("/quan-tri/lich")
class OfficeCalendarController {

    private final CalendarPageModel page;
    private final CalendarEditor editor;

    private final MessageSource messages;

    OfficeCalendarController(CalendarPageModel page, CalendarEditor editor, MessageSource messages) {
        this.page = page;
        this.editor = editor;
        this.messages = messages;
    }

    /** The calendar of the chosen office, or of the member's own. */
    @GetMapping
    String open(@AuthenticationPrincipal OfficeMember me, @RequestParam(required = false) String office) {
        Agency chosen = page.office(me, office == null || office.isBlank() ? me.officeCode() : office);
        return "redirect:/quan-tri/lich/" + chosen.code().value();
    }

    @GetMapping("/{code}")
    String show(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(required = false) String month, TryForm tryForm, Model model) {
        Agency office = page.office(me, code);
        return page.render(model, me, office, month(month), tryForm);
    }

    @PostMapping("/{code}/gio-lam-viec")
    String weeklyHours(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @ModelAttribute("weekForm") WeekForm form, BindingResult errors, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, form.version(), model, flash, errors,
                () -> form.hours(errors).map(CalendarChange.ReplaceWeeklyHours::new));
    }

    @PostMapping("/{code}/quy-uoc")
    String convention(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String convention,
            Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, version, model, flash, null, () -> Optional.of(
                new CalendarChange.SetConvention(parse(convention, DayCountConvention::valueOf))));
    }

    @PostMapping("/{code}/buoi-them")
    String addExtraSession(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @ModelAttribute("extraForm") ExtraForm form, BindingResult errors, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, form.version(), model, flash, errors,
                () -> form.extra(errors).map(CalendarChange.AddExtraSession::new));
    }

    @PostMapping("/{code}/buoi-them/{id}/xoa")
    String removeExtraSession(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, version, model, flash, null, () -> Optional.of(new CalendarChange.RemoveExtraSession(id)));
    }

    @PostMapping("/{code}/ngay")
    String putDay(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @ModelAttribute("dayForm") DayForm form, BindingResult errors, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, form.version(), model, flash, errors,
                () -> form.exception(errors).map(CalendarChange.PutException::new));
    }

    @PostMapping("/{code}/ngay/{day}/xoa")
    String removeDay(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @PathVariable String day,
            @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, version, model, flash, null,
                () -> Optional.of(new CalendarChange.RemoveException(parse(day, LocalDate::parse))));
    }

    @PostMapping("/{code}/mua")
    String addSeason(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @ModelAttribute("seasonForm") SeasonForm form, BindingResult errors, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, form.version(), model, flash, errors,
                () -> form.season(errors).map(CalendarChange.AddSeason::new));
    }

    @PostMapping("/{code}/mua/{id}/xoa")
    String removeSeason(@AuthenticationPrincipal OfficeMember me, @PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, version, model, flash, null, () -> Optional.of(new CalendarChange.RemoveSeason(id)));
    }

    @PostMapping("/{code}/ke-thua")
    String inheritAgain(@AuthenticationPrincipal OfficeMember me, @PathVariable String code,
            @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes flash, HttpServletRequest request) {
        return edit(request, me, code, version, model, flash, null, () -> Optional.of(new CalendarChange.InheritAgain()));
    }

    /** A change whose form is invalid yields no value: the page is shown again with the errors. */
    private interface ChangeFromForm {
        Optional<? extends CalendarChange> get();
    }

    private String edit(HttpServletRequest request, OfficeMember me, String code, Integer version, Model model,
            RedirectAttributes flash, BindingResult errors, ChangeFromForm form) {
        Agency office = page.office(me, code);
        try {
            Optional<? extends CalendarChange> change = form.get();
            if (change.isEmpty() || (errors != null && errors.hasErrors())) {
                summarise(errors, model);
                return page.render(model, me, office, null, null);
            }
            int seen = version == null ? -1 : version;
            if (mustPreview(request, change.get())) {
                CalendarPreview preview = editor.preview(office.code(), seen, me, change.get());
                boolean confirmed = "1".equals(request.getParameter("confirmed"));
                if (preview.needsConfirmation() && !(confirmed && !preview.asksUse())) {
                    model.addAttribute("preview", preview);
                    model.addAttribute("previewAction", request.getRequestURI());
                    model.addAttribute("previewFields", PreviewField.carried(request));
                    model.addAttribute("useMissing", confirmed);
                    return page.render(model, me, office, null, null);
                }
            }
            editor.change(office.code(), seen, me, change.get());
            flash.addFlashAttribute("saved", true);
            return "redirect:/quan-tri/lich/" + office.code().value();
        } catch (CalendarChangedException e) {
            model.addAttribute("failure", "calendar.error.changed");
        } catch (InvalidValueException e) {
            model.addAttribute("failure", "invalid." + e.code());
        }
        return page.render(model, me, office, null, null);
    }

    /**
     * Every edit is previewed before it is saved unless the administrator confirmed the preview; an extra session
     * confirmed without saying what it counts for is previewed again if it must say.
     */
    private static boolean mustPreview(HttpServletRequest request, CalendarChange change) {
        boolean confirmed = "1".equals(request.getParameter("confirmed"));
        String use = request.getParameter("use");
        return !confirmed || (change instanceof CalendarChange.AddExtraSession && (use == null || use.isBlank()));
    }

    /**
     * The form's errors at the top of the page, each linking to its field: the page holds six forms and the one that
     * failed may be far below the fold.
     */
    private void summarise(BindingResult errors, Model model) {
        if (errors == null || !errors.hasErrors()) {
            return;
        }
        var links = new java.util.ArrayList<String[]>();
        for (var error : errors.getFieldErrors()) {
            String field = error.getField();
            String anchor = errors.getObjectName().equals("seasonForm") ? "season-" + field
                    : field.equals("weekdays") ? "weekdays-error" : field;
            links.add(new String[] {anchor, messages.getMessage(error, LocaleContextHolder.getLocale())});
        }
        errors.getGlobalErrors().forEach(e -> links.add(new String[] {null, messages.getMessage(e, LocaleContextHolder.getLocale())}));
        model.addAttribute("errorSummary", links);
    }

    /** The month asked for; the default month when none or an unreadable one is given. */
    private static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text == null ? "" : text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidValueException("form.value", "Unreadable value: " + text);
        }
    }
}
