package vn.motcua.calendar.web;

import vn.motcua.calendar.CalendarParameters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.time.YearMonth;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;

import vn.motcua.calendar.CalendarEditor;
import vn.motcua.calendar.CalendarSettings;
import vn.motcua.calendar.NationalDays;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.calendar.domain.Appointment;
import vn.motcua.calendar.domain.Deadlines;
import vn.motcua.calendar.domain.OfficeCalendar;
import vn.motcua.calendar.web.CalendarForms.DayForm;
import vn.motcua.calendar.web.CalendarForms.ExtraForm;
import vn.motcua.calendar.web.CalendarForms.SeasonForm;
import vn.motcua.calendar.web.CalendarForms.WeekForm;
import vn.motcua.organization.Offices;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.domain.TypedDate;
import vn.motcua.platform.domain.TypedTime;
import vn.motcua.platform.web.DateParameters;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.BadParameterException;
import vn.motcua.platform.web.NotFoundException;

/** Fills the office calendar page: settings, edit forms, the month grid and the "try it" result. */
@Component
class CalendarPageModel {

    static final String VIEW = "calendar/office-calendar";

    private final WorkingCalendars calendars;
    private final CalendarEditor editor;
    private final NationalDays nationalDays;
    private final Offices offices;
    private final Clock clock;

    CalendarPageModel(WorkingCalendars calendars, CalendarEditor editor, NationalDays nationalDays, Offices offices,
            Clock clock) {
        this.calendars = calendars;
        this.editor = editor;
        this.nationalDays = nationalDays;
        this.offices = offices;
        this.clock = clock;
    }

    /**
     * "Try it": the day and time of receipt, duration and cut-off as typed, the duration with the same names as the
     * public API. {@code receivedAt} (ISO, as the API takes it) is read when a link gives it.
     */
    record TryForm(String receivedOn, String receivedTime, String receivedAt, String amount, String unit, String cutoff) {
        boolean isFilled() {
            return !blank(receivedOn) || !blank(receivedAt);
        }

        /** The instant typed, or empty with the errors on the fields. */
        Optional<LocalDateTime> received(Errors errors) {
            if (blank(receivedOn) && !blank(receivedAt)) {
                try {
                    return Optional.of(CalendarParameters.localDateTime("receivedAt", receivedAt));
                } catch (BadParameterException e) {
                    errors.rejectValue("receivedOn", "calendar.error.date");
                    return Optional.empty();
                }
            }
            LocalDate day = null;
            LocalTime time = null;
            try {
                day = DateParameters.supported("receivedOn", TypedDate.parse(receivedOn));
            } catch (InvalidValueException | BadParameterException e) {
                errors.rejectValue("receivedOn", "calendar.error.date");
            }
            try {
                time = TypedTime.parse(receivedTime);
            } catch (InvalidValueException e) {
                errors.rejectValue("receivedTime", "calendar.error.time");
            }
            return day == null || time == null ? Optional.empty() : Optional.of(day.atTime(time));
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }

    /** The office, if it exists and the member may manage it. */
    Agency office(OfficeMember member, String code) {
        AgencyCode office;
        try {
            office = AgencyCode.of(code);
        } catch (InvalidValueException e) {
            throw new NotFoundException("No office with the code " + code);
        }
        Agency agency = offices.find(office).orElseThrow(() -> new NotFoundException("No office with the code " + code));
        if (!editor.mayEdit(member, office)) {
            throw new AccessDeniedException(member.getUsername() + " may not manage " + code);
        }
        return agency;
    }

    String render(Model model, OfficeMember member, Agency office, YearMonth month, TryForm tryForm) {
        CalendarSettings settings = calendars.settings(office.code()).orElseThrow();
        OfficeCalendar calendar = calendars.of(office.code()).orElseThrow();
        Appointment tried = tryIt(model, calendar, tryForm);
        YearMonth shown = month != null ? month
                : tried != null ? YearMonth.from(tried.clockStartsAt()) : YearMonth.now(clock.withZone(WorkingCalendars.ZONE));
        model.addAttribute("office", office);
        model.addAttribute("offices", offices.subtreeOf(AgencyCode.of(member.officeCode())));
        model.addAttribute("settings", settings);
        model.addAttribute("definedBy", settings.definedBy().flatMap(offices::find).orElse(null));
        model.addAttribute("grid", MonthGrid.of(calendar, shown, tried));
        model.addAttribute("tried", tried);
        model.addAttribute("weekdays", CalendarForms.weekdays());
        model.addAttribute("mayEditNationalDays", nationalDays.mayEdit(member));
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendars.ZONE));
        model.addAttribute("today", today);
        model.addAttribute("modelSessions", calendars.sourcedSessions(office.code()).stream()
                .filter(s -> s.extra().until() == null || !s.extra().until().isBefore(today)).toList());
        model.addAttribute("ownOffice", office.code().value().equals(member.officeCode()));
        int version = settings.isOwn() ? settings.version() : 0;
        putIfAbsent(model, "weekForm", WeekForm.of(version, settings.hours()));
        putIfAbsent(model, "extraForm", ExtraForm.empty(version));
        putIfAbsent(model, "dayForm", DayForm.empty(version));
        putIfAbsent(model, "seasonForm", SeasonForm.empty(version));
        model.addAttribute("version", version);
        return VIEW;
    }

    private Appointment tryIt(Model model, OfficeCalendar calendar, TryForm form) {
        TryForm shown = form == null ? new TryForm("", "", "", "", "WORKING_DAYS", "") : form;
        BindingResult errors = new BeanPropertyBindingResult(shown, "tryForm");
        model.addAttribute("tryForm", shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "tryForm", errors);
        if (form == null || !form.isFilled()) {
            return null;
        }
        var received = form.received(errors);
        try {
            var time = CalendarParameters.processingTime(form.unit(), form.amount(), form.cutoff());
            return received.map(at -> Deadlines.appointment(calendar, at, time)).orElse(null);
        } catch (BadParameterException e) {
            errors.rejectValue(e.parameter(), "calendar.try.error." + e.parameter());
            return null;
        }
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
