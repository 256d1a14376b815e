package vn.motcua.planning.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.organization.domain.AgencyCode;
import vn.motcua.planning.SimulationRequest;
import vn.motcua.planning.Simulations;
import vn.motcua.platform.domain.InvalidValueException;
import vn.motcua.platform.security.OfficeMember;
import vn.motcua.platform.web.NotFoundException;
import vn.motcua.reporting.ReportScopes;

/**
 * The what-if simulator's pages ({@code /thong-ke/mo-phong}, leaders and administrators of the office or above it): the
 * form (office, past period, one change, runs and seed), a run's progress while it is made in the background, and its
 * figures side by side with what happened.
 */
@Controller
class SimulationController {

    /** The form's field each refusal is shown beside. */
    static final Map<String, String> FIELD = Map.ofEntries(Map.entry("simulation.office", "donVi"),
            Map.entry("simulation.from", "tu"), Map.entry("simulation.to", "den"), Map.entry("simulation.kind", "thayDoi"),
            Map.entry("simulation.modelKind", "loaiMoHinh"), Map.entry("simulation.model", "moHinh"),
            Map.entry("simulation.days", "thu"), Map.entry("simulation.weekdays", "thu"), Map.entry("simulation.session", "batDau"),
            Map.entry("simulation.fields", "linhVuc"), Map.entry("simulation.counters", "quay"), Map.entry("simulation.unit", "boPhan"),
            Map.entry("simulation.officers", "canBo"), Map.entry("simulation.minutes", "moSom"), Map.entry("simulation.share", "tyLe"),
            Map.entry("simulation.runs", "soLan"), Map.entry("simulation.seed", "hatGiong"));

    private final Simulations simulations;
    private final ReportScopes scopes;
    private final Clock clock;

    SimulationController(Simulations simulations, ReportScopes scopes, Clock clock) {
        this.simulations = simulations;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/thong-ke/mo-phong")
    String form(@AuthenticationPrincipal OfficeMember me, @RequestParam(name = "donVi", required = false) String office,
            Model model, CsrfToken csrf) {
        csrf.getToken();
        var scope = scopes.of(me, office).or(() -> scopes.of(me, null)).orElseThrow();
        LocalDate lastYear = LocalDate.now(clock.withZone(WorkingCalendars.ZONE)).minusYears(1);
        model.addAttribute("f", Map.of("donVi", scope.code().value(), "tu", lastYear.withDayOfYear(1).toString(),
                "den", lastYear.withDayOfYear(lastYear.lengthOfYear()).toString(), "thayDoi", "COUNTERS", "quay", "1",
                "soLan", "10", "hatGiong", "1", "batDau", "17:00", "ketThuc", "18:00"));
        return page(me, scope.code(), model);
    }

    private String page(OfficeMember me, AgencyCode office, Model model) {
        model.addAttribute("offices", scopes.choices(me));
        model.addAttribute("models", simulations.models(office));
        model.addAttribute("kinds", SimulationRequest.KINDS);
        model.addAttribute("modelKinds", SimulationRequest.MODEL_KINDS);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("runs", simulations.latest(me));
        return "planning/simulator";
    }

    @PostMapping("/thong-ke/mo-phong")
    String start(@AuthenticationPrincipal OfficeMember me, @RequestParam Map<String, String> form,
            @RequestParam(name = "thu", required = false) List<String> days, Model model) {
        try {
            var request = new SimulationRequest(text(form, "donVi"), date(form, "tu", "simulation.from"), date(form, "den", "simulation.to"),
                    text(form, "thayDoi"), text(form, "loaiMoHinh"), number(form, "moHinh", "simulation.model"), days(days),
                    time(form, "batDau"), time(form, "ketThuc"), text(form, "linhVuc"), integer(form, "quay", "simulation.counters"),
                    text(form, "boPhan"), integer(form, "canBoHienCo", "simulation.officers"),
                    integer(form, "canBoDuKien", "simulation.officers"), integer(form, "moSom", "simulation.minutes"),
                    integer(form, "dongMuon", "simulation.minutes"), integer(form, "tyLe", "simulation.share"),
                    orDefault(integer(form, "soLan", "simulation.runs"), 10), orDefault(number(form, "hatGiong", "simulation.seed"), 1L));
            return "redirect:/thong-ke/mo-phong/" + simulations.start(me, request);
        } catch (InvalidValueException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorField", FIELD.getOrDefault(e.code(), "form"));
            var kept = new java.util.HashMap<String, String>();
            form.forEach((k, v) -> kept.put(k, v == null ? "" : v.substring(0, Math.min(v.length(), 100))));
            model.addAttribute("f", kept);
            model.addAttribute("chosenDays", days == null ? List.of() : days);
            AgencyCode office = scopes.of(me, text(form, "donVi")).or(() -> scopes.of(me, null)).orElseThrow().code();
            return page(me, office, model);
        }
    }

    @GetMapping("/thong-ke/mo-phong/{id}")
    String run(@AuthenticationPrincipal OfficeMember me, @PathVariable String id, Model model) {
        model.addAttribute("run", simulations.find(me, uuid(id)));
        return "planning/simulation";
    }

    @GetMapping("/thong-ke/mo-phong/{id}/tien-do")
    String progress(@AuthenticationPrincipal OfficeMember me, @PathVariable String id, Model model) {
        model.addAttribute("run", simulations.find(me, uuid(id)));
        return "planning/simulation :: run";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No simulation " + id);
        }
    }

    private static String text(Map<String, String> form, String name) {
        String v = form.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static LocalDate date(Map<String, String> form, String name, String code) {
        String v = text(form, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(code, "A date");
        }
    }

    private static LocalTime time(Map<String, String> form, String name) {
        String v = text(form, name);
        try {
            return v == null ? null : LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("simulation.session", "A time");
        }
    }

    private static Integer integer(Map<String, String> form, String name, String code) {
        Long v = number(form, name, code);
        if (v != null && (v > 1_000_000_000L || v < -1_000_000_000L)) {
            throw new InvalidValueException(code, "A smaller number");
        }
        return v == null ? null : v.intValue();
    }

    private static Long number(Map<String, String> form, String name, String code) {
        String v = text(form, name);
        try {
            return v == null ? null : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(code, "A number");
        }
    }

    private static <T> T orDefault(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    private static EnumSet<DayOfWeek> days(List<String> days) {
        var set = EnumSet.noneOf(DayOfWeek.class);
        if (days != null) {
            for (String d : days.stream().limit(7).toList()) {
                try {
                    set.add(DayOfWeek.valueOf(d));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("simulation.days", "A weekday");
                }
            }
        }
        return set;
    }
}
